"""Serializer fields of the JSON API (Wagtail API v2) that page models name in `api_fields`.

Each field carries the OpenAPI schema of its value and the lookups a list prefetches for it,
so the API's description and its query count follow from the same declaration.
"""

from rest_framework.fields import Field

from wagtail.models import Page

NULLABLE_STRING = {"type": ["string", "null"]}


class DescribedField(Field):
    """A read-only API field that knows its OpenAPI schema and what a list prefetches for it."""

    schema: dict = {}
    # Lookups below the field's source ("" is the source itself) that a list prefetches.
    prefetch_below: tuple[str, ...] = ()

    def __init__(self, **kwargs):
        self.declared_source = kwargs.get("source")
        super().__init__(read_only=True, **kwargs)

    def prefetch_lookups(self, name: str) -> tuple[str, ...]:
        """The lookups to prefetch on a list of pages for this field, named `name` in the API."""
        source = self.declared_source or name
        if source == "*":
            return ()
        return tuple(f"{source}{below}" for below in self.prefetch_below)


class ValueField(DescribedField):
    """An attribute or property served as it is, with an explicit schema."""

    def __init__(self, *, schema: dict, **kwargs):
        self.schema = schema
        super().__init__(**kwargs)

    def to_representation(self, value):
        return value


def _absolute(request, url: str) -> str:
    return request.build_absolute_uri(url) if request is not None else url


_RENDITION = {
    "type": ["object", "null"],
    "properties": {
        "url": {"type": "string", "format": "uri"},
        "width": {"type": "integer"},
        "height": {"type": "integer"},
    },
    "required": ["url", "width", "height"],
    "additionalProperties": False,
}


class ImageRenditionsField(DescribedField):
    """An image in two sizes, `small` (cards) and `large` (page headers), with its alt text."""

    schema = {
        "type": ["object", "null"],
        "properties": {
            "id": {"type": "integer"},
            "title": {"type": "string"},
            "alt": {"type": "string"},
            "small": _RENDITION,
            "large": _RENDITION,
        },
        "required": ["id", "title", "alt", "small", "large"],
        "additionalProperties": False,
    }

    prefetch_below = ("", "__renditions")

    def __init__(self, small: str = "fill-640x360", large: str = "fill-1280x560", **kwargs):
        self.specs = {"small": small, "large": large}
        super().__init__(**kwargs)

    def to_representation(self, image) -> dict:
        from wagtail.images.models import SourceImageIOError

        request = self.context.get("request")
        data = {"id": image.pk, "title": image.title, "alt": image.default_alt_text or ""}
        try:
            # Both at once: prefetched renditions are used without writing the cache.
            renditions = image.get_renditions(*self.specs.values())
        except SourceImageIOError:  # the file is missing: no sizes, not an error
            return {**data, **dict.fromkeys(self.specs)}
        for size, spec in self.specs.items():
            rendition = renditions[spec]
            data[size] = {
                "url": _absolute(request, rendition.url),
                "width": rendition.width,
                "height": rendition.height,
            }
        return data


class PageLinkField(DescribedField):
    """A related page (an offer's partner) as its id, its name and its address."""

    schema = {
        "type": ["object", "null"],
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string"},
            "html_url": NULLABLE_STRING,
        },
        "required": ["id", "name", "html_url"],
        "additionalProperties": False,
    }

    prefetch_below = ("",)

    def to_representation(self, page: Page) -> dict:
        request = self.context.get("request")
        return {"id": page.pk, "name": page.title, "html_url": page.get_full_url(request)}


_PLACE = {
    "type": "object",
    "properties": {"slug": {"type": "string"}, "name": {"type": "string"}},
    "required": ["slug", "name"],
    "additionalProperties": False,
}


class PlaceField(DescribedField):
    """A place of the region as its slug (the filter value) and its name in the page's language."""

    schema = {**_PLACE, "type": ["object", "null"]}

    prefetch_below = ("",)

    def to_representation(self, place) -> dict:
        return {"slug": place.slug, "name": place.name}


class PlacesField(PlaceField):
    schema = {"type": "array", "items": _PLACE}

    def to_representation(self, places) -> list[dict]:
        return [super(PlacesField, self).to_representation(place) for place in places.all()]


class CompetencesField(DescribedField):
    """IT competences of the e-CF (EN 16234-1): code, area and name in the page's language."""

    schema = {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "code": {"type": "string", "examples": ["B.1"]},
                "area": {"type": "string", "enum": ["A", "B", "C", "D", "E"]},
                "name": {"type": "string"},
            },
            "required": ["code", "area", "name"],
            "additionalProperties": False,
        },
    }

    prefetch_below = ("",)

    def to_representation(self, competences) -> list[dict]:
        return [
            {"code": item.code, "area": item.area, "name": item.name} for item in competences.all()
        ]


class TopicsField(DescribedField):
    """Topic tags as their slug (the filter value) and their name in the page's language."""

    schema = {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {"slug": {"type": "string"}, "name": {"type": "string"}},
            "required": ["slug", "name"],
            "additionalProperties": False,
        },
    }

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def prefetch_lookups(self, name: str) -> tuple[str, ...]:
        return ("tagged_items__tag",)

    def to_representation(self, page) -> list[dict]:
        from home.models import Topic

        language = page.locale.language_code
        # One query per language and request, however many pages are listed.
        names = self.context.setdefault("_topic_names", {})
        if language not in names:
            names[language] = Topic.names(language)
        tags = sorted((item.tag for item in page.tagged_items.all()), key=lambda tag: tag.slug)
        own = names[language]
        shown = ((tag, Topic.shown_name(own, language, tag.pk, tag.name)) for tag in tags)
        return [{"slug": tag.slug, "name": name} for tag, name in shown if name is not None]


class TranslationsField(DescribedField):
    """The page's live translations: id, language, title and address."""

    schema = {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "locale": {"type": "string"},
                "title": {"type": "string"},
                "html_url": NULLABLE_STRING,
            },
            "required": ["id", "locale", "title", "html_url"],
            "additionalProperties": False,
        },
    }

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page) -> list[dict]:
        translations = getattr(page, "api_translations", None)
        if translations is None:
            translations = translations_of([page])[page.pk]
        request = self.context.get("request")
        return [
            {
                "id": other.pk,
                "locale": other.locale.language_code,
                "title": other.title,
                "html_url": other.get_full_url(request),
            }
            for other in translations
        ]


def translations_of(pages: list[Page]) -> dict[int, list[Page]]:
    """Each page's live, public translations, in one query for all of them."""
    keys = {page.translation_key for page in pages}
    others = (
        Page.objects.live()
        .public()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    by_key: dict = {}
    for other in others:
        by_key.setdefault(other.translation_key, []).append(other)
    return {
        page.pk: [other for other in by_key.get(page.translation_key, []) if other.pk != page.pk]
        for page in pages
    }


class HtmlUrlField(DescribedField):
    """The page's public address in its own language (cheaper than Wagtail's: per request)."""

    schema = NULLABLE_STRING

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)

    def to_representation(self, page) -> str | None:
        return page.get_full_url(self.context.get("request"))


class TagNamesField(DescribedField):
    """Tags of an image or document, by name."""

    schema = {"type": "array", "items": {"type": "string"}}
    prefetch_below = ("",)

    def to_representation(self, tags) -> list[str]:
        return sorted(tag.name for tag in tags.all())
