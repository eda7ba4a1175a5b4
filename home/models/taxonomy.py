"""Taxonomies shared by every content type: topics, IT competences (e-CF) and places.

They live in the foundation app because articles use them as well as offers and challenges.
Topics are django-taggit tags (each page type has its own tag through model); a Topic snippet
gives a tag its name in each language.
"""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models.reviewed import ReviewedSnippet


class CompetenceArea(models.TextChoices):
    PLAN = "A", _("Plan")
    BUILD = "B", _("Build")
    RUN = "C", _("Run")
    ENABLE = "D", _("Enable")
    MANAGE = "E", _("Manage")


class Competence(ReviewedSnippet, index.Indexed, models.Model):
    """One of the 41 competences of the European e-Competence Framework (EN 16234-1)."""

    code = models.CharField(
        _("code"),
        max_length=5,
        help_text=_("e.g. A.1"),
        validators=[
            RegexValidator(
                r"^[A-E]\.[1-9][0-9]?$",
                _("Enter an e-CF code: an area letter A to E, a dot and a number, e.g. B.3."),
            )
        ],
    )
    # Derived from the code's letter on save, so it can never contradict the code.
    area = models.CharField(_("area"), max_length=1, choices=CompetenceArea.choices, editable=False)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    esco_uri = models.URLField(_("ESCO URI"), blank=True)
    # A.1 … A.9 before A.10: the code's number as a sortable field.
    position = models.PositiveSmallIntegerField(editable=False, default=0)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("esco_uri"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("code"),
        SynchronizedField("area"),
        SynchronizedField("esco_uri"),
    ]

    class Meta(ReviewedSnippet.Meta):
        verbose_name = _("IT competence")
        verbose_name_plural = _("IT competences")
        ordering = ["area", "position"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "code"], name="unique_competence_code")
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    def save(self, *args, **kwargs):
        self.area = self.code[:1].upper()
        self.position = code_position(self.code)
        super().save(*args, **kwargs)


def code_position(code: str) -> int:
    """The number of an e-CF code: 10 for "A.10"."""
    number = code.partition(".")[2]
    return int(number) if number.isdigit() else 0


class PlaceKind(models.TextChoices):
    CITY = "city", _("City")
    DISTRICT = "district", _("District")
    TOWN = "town", _("Town")


class Place(ReviewedSnippet, index.Indexed, models.Model):
    """A town or district of the Leine-Weser region."""

    name = models.CharField(_("name"), max_length=80)
    kind = models.CharField(_("kind"), max_length=10, choices=PlaceKind.choices)
    slug = models.SlugField(_("short name"), max_length=80)

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("kind"),
        SynchronizedField("slug"),
    ]

    class Meta(ReviewedSnippet.Meta):
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_place_slug")]

    def __str__(self) -> str:
        return self.name


class Topic(ReviewedSnippet, models.Model):
    """The name of a topic tag in one language; without one, German pages show the tag's name
    and other languages leave the topic out."""

    tag = models.ForeignKey(
        "taggit.Tag", verbose_name=_("tag"), on_delete=models.CASCADE, related_name="topics"
    )
    name = models.CharField(_("name"), max_length=100)

    panels = [FieldPanel("tag"), FieldPanel("name")]
    translatable_fields = [SynchronizedField("tag"), TranslatableField("name")]

    class Meta(ReviewedSnippet.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["locale", "tag"], name="unique_topic_name")]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def names(cls, language_code: str) -> dict[int, str]:
        """Tag id to the topic's published name in this language (one query)."""
        return dict(
            cls.objects.filter(live=True, locale__language_code=language_code).values_list(
                "tag_id", "name"
            )
        )

    @staticmethod
    def shown_name(
        names: dict[int, str], language_code: str, tag_id: int, tag_name: str
    ) -> str | None:
        """A tag's name from ``names()`` of this language; a tag's own name is German, so in
        another language a topic without a live name there is not shown (None)."""
        if tag_id in names:
            return names[tag_id]
        return tag_name if language_code == settings.LANGUAGE_CODE else None
