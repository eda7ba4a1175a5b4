"""What every ProXLab page has: a teaser and listing image, and one translation policy."""

from collections import defaultdict
from collections.abc import Iterable

from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import structured_data


class BasePage(Page):
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

    # What a card of this page type shows besides the page itself; prefetched for lists.
    card_related: tuple[str, ...] = ("listing_image__renditions",)

    class Meta:
        abstract = True

    @property
    def summary(self) -> str:
        """The text a card or a search hit shows."""
        return self.teaser or self.search_description

    def structured_data(self, request) -> dict:
        """schema.org JSON-LD for this page; page types with a richer type override it."""
        return structured_data.webpage(self, request)

    @property
    def alternate_links(self) -> list[dict]:
        """Feeds and downloads announced in <head> as <link rel="alternate">."""
        return []


def prefetch_cards(pages: list[Page]) -> list[Page]:
    """Load what the cards of mixed page types show, in one query per type and relation."""
    by_type: dict[type, list[Page]] = defaultdict(list)
    for page in pages:
        by_type[type(page)].append(page)
    for page_type, group in by_type.items():
        prefetch_related_objects(group, *getattr(page_type, "card_related", ()))
    return pages


def live_pages_in_order(page_ids: Iterable[int]) -> list[Page]:
    """The live, public pages with these ids, as their specific types, in the given order."""
    page_ids = list(page_ids)
    pages = {
        page.pk: page for page in Page.objects.filter(pk__in=page_ids).live().public().specific()
    }
    return prefetch_cards([pages[pk] for pk in page_ids if pk in pages])
