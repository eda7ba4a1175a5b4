"""What every ProXLab page has: a teaser and listing image, and one translation policy."""

from collections import defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page, PageViewRestriction, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import structured_data
from home.admin_forms import LocalizedChoicesPageForm
from home.api import ImageRenditionsField, TranslationsField
from home.lookups import PortalPageManager, locale_by_id, private_paths, public_pages
from home.preview import HeadlessPreviewMixin
from home.slugs import german_slug


def title_image_panel(on_cards: bool = True) -> FieldPanel:
    """The chooser of the picture that heads a page and is shown with a shared link (and on
    the cards of page types that have some), worded alike on every page type."""
    return FieldPanel(
        "listing_image",
        heading=_("Title image"),
        help_text=(
            _("Shown at the top of the page, on cards and in previews of shared links.")
            if on_cards
            else _("Shown at the top of the page and in previews of shared links.")
        ),
    )


class BasePage(HeadlessPreviewMixin, Page):
    """Abstract base of every content page: teaser, listing image, SEO and translation policy."""

    teaser = models.TextField(
        _("teaser"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences shown on cards and in search results."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
            heading=_("For search engines"),
        ),
        MultiFieldPanel([FieldPanel("show_in_menus")], heading=_("Navigation")),
    ]

    # Text is translated; images and everything structural stay in sync with the German source.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("teaser"),
        SynchronizedField("listing_image"),
        SynchronizedField("show_in_menus"),
    ]

    # What the JSON API (/api/v2/pages/) shows of every page; page types add theirs.
    api_fields = [
        APIField("teaser"),
        APIField("image", serializer=ImageRenditionsField(source="listing_image")),
        APIField("translations", serializer=TranslationsField()),
    ]
    base_form_class = LocalizedChoicesPageForm
    og_type = "website"  # Open Graph type of a shared link

    # What a card of this page type shows besides the page itself; prefetched for lists.
    card_related: tuple[str, ...] = ("listing_image__renditions",)
    # The card template of this page type, and the name it knows the page by ({% card %}).
    card_template: str = ""
    card_name: str = "page"
    # Anonymous visitors get this page from the page cache (cms.page_cache); a page type
    # whose output differs per visitor sets it to False.
    page_cache: bool = True
    # The query parameters this page's output depends on; with any other it is not stored.
    page_cache_parameters: tuple[str, ...] = ()

    objects = PortalPageManager()

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        # Checked on every view: no query while the site has no private section (the usual).
        if not private_paths():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    @property
    def summary(self) -> str:
        """The text a card or a search hit shows."""
        return self.teaser or self.search_description

    def structured_data(self, request) -> dict:
        """schema.org JSON-LD for this page; page types with a richer type override it."""
        return structured_data.webpage(self, request)

    def social_image(self):
        """The picture a shared link shows (Open Graph, Twitter card)."""
        return self.listing_image

    @property
    def alternate_links(self) -> list[dict]:
        """Feeds and downloads announced in <head> as <link rel="alternate">."""
        return []

    def get_context(self, request, *args, **kwargs):
        # Templates and tags ask for page.locale: give it the remembered one, not a query.
        self.locale = locale_by_id(self.locale_id)
        return super().get_context(request, *args, **kwargs)

    def get_url_parts(self, request=None):
        # Full URLs (canonical, hreflang, sitemap, feeds, calendars) name the address the
        # portal is served at: SITE_URL in production, else the address the request came to.
        parts = super().get_url_parts(request)
        if parts is None or parts[1] is None:
            return parts
        return parts[0], public_root_url(request) or parts[1], parts[2]

    # Set by the page editor's "Save draft" (home.admin_forms): a draft saves incomplete, and
    # submitting for review and publishing (home.publish_rule) enforce validation_errors().
    rules_deferred = False

    def validation_errors(self) -> dict:
        """What this page lacks or contradicts before it may go live, one message per field;
        page types add theirs so an editor sees all at once."""
        return {}

    def clean(self):
        super().clean()
        if not self.rules_deferred and (errors := self.validation_errors()):
            raise ValidationError(errors)

    def _set_core_field_defaults(self):
        # Every path that cleans a page comes here first (full_clean, minimal_clean): the
        # editor's slug, one made from the title, or a translation's, all in German ASCII.
        if self.slug:
            self.slug = german_slug(self.slug) or self.slug
        elif (getattr(self, "_cached_parent_obj", None) or self.path) and (
            base := german_slug(self.title or "")
        ):
            self.slug = self._get_autogenerated_slug(base)
        super()._set_core_field_defaults()

    def full_clean(self, *args, **kwargs):
        # Before a revision is serialised, so revisions hold the localised relations too.
        localize_relations(self)
        return super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        localize_relations(self)
        return super().save(*args, **kwargs)


class IndexPage(BasePage):
    """Abstract base of the section pages below a home page (offers, challenges, partners,
    magazine): an introduction, and one of each per language."""

    intro = models.TextField(_("introduction"), blank=True)

    # The button that invites visitors into this section from the home and error pages.
    call_to_action: str = ""

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    translatable_fields = BasePage.translatable_fields + [TranslatableField("intro")]
    api_fields = BasePage.api_fields + [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    page_cache_parameters = ("page",)  # home.pagination

    class Meta:
        abstract = True


def public_root_url(request: HttpRequest | None = None) -> str:
    """ "https://proxlab.example.org" from SITE_URL, else the scheme and host of the request
    ("http://127.0.0.1:8000" under `make run`); "" when neither is known."""
    if settings.SITE_URL:
        return settings.SITE_URL.rstrip("/")
    if isinstance(request, HttpRequest):
        return f"{request.scheme}://{request.get_host()}"
    return ""


def localize_relations(instance) -> None:
    """Point synchronised relations to translatable objects (partner, place, competences …)
    at their version in the instance's language, where one exists.

    wagtail-localize copies synchronised fields as they are, so an English offer would
    otherwise show the German place and competence names.
    """
    if instance.locale_id is None:  # not placed in a tree yet; Wagtail sets it on save
        return
    for synced in instance.translatable_fields:
        if not isinstance(synced, SynchronizedField):
            continue
        field = instance._meta.get_field(synced.field_name)
        if not field.is_relation or not issubclass(field.related_model, TranslatableMixin):
            continue
        if field.many_to_one:
            related = getattr(instance, field.name)
            if related is not None and related.locale_id != instance.locale_id:
                setattr(
                    instance,
                    field.name,
                    related.get_translation_or_none(instance.locale) or related,
                )
        elif field.many_to_many:
            related = list(getattr(instance, field.name).all())
            if any(item.locale_id != instance.locale_id for item in related):
                setattr(instance, field.name, localize(related, instance.locale))


def localize(objects: list, locale) -> list:
    """The objects' versions in ``locale`` (one query per model), else the objects themselves."""
    if not objects:
        return []
    model = type(objects[0])
    if isinstance(objects[0], Page):
        model = Page
    translated = {
        item.translation_key: item
        for item in model.objects.filter(
            translation_key__in=[obj.translation_key for obj in objects], locale=locale
        )
    }
    return [translated.get(obj.translation_key, obj) for obj in objects]


def section_pages(home: Page) -> dict[str, Page]:
    """The first live child of each page type below a language's home page, by model name
    ("articleindexpage", …), in one query."""
    sections: dict[str, Page] = {}
    children = home.get_children().live().select_related("content_type")
    for child in children.only("id", "path", "depth", "url_path", "title", "content_type"):
        sections.setdefault(child.content_type.model, child)
    return sections


def prefetch_cards(pages: list[Page]) -> list[Page]:
    """Load what the cards of mixed page types show, in one query per type and relation."""
    by_type: dict[type, list[Page]] = defaultdict(list)
    for page in pages:
        by_type[type(page)].append(page)
    for page_type, group in by_type.items():
        prefetch_related_objects(group, *getattr(page_type, "card_related", ()))
        if hasattr(page_type, "prefetch_card_extras"):  # what a card reads beyond relations
            page_type.prefetch_card_extras(group)
    return pages


def live_pages_in_order(page_ids: Iterable[int], locale=None) -> list[Page]:
    """The live, public pages with these ids as their specific types, in the given order;
    with a locale, each page's translation in that language where one exists."""
    page_ids = list(page_ids)
    if not page_ids:
        return []

    def live_specific(ids: list[int]) -> dict[int, Page]:
        pages = public_pages().filter(pk__in=ids).live().public().specific()
        return {page.pk: page for page in pages}

    live = live_specific(page_ids)
    chosen = [page_id for page_id in page_ids if page_id in live]
    if locale is not None and any(live[pk].locale_id != locale.pk for pk in chosen):
        # Chosen in another language: show each page's translation where one is live.
        translated = localize([live[pk] for pk in chosen], locale)
        live = {**live, **live_specific([page.pk for page in translated])}
        chosen = [page.pk for page in translated]
    return prefetch_cards([live[pk] for pk in chosen if pk in live])
