from django.db import models
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.content_cache import remember
from home.registry import (
    HomeSection,
    RegisteredPageChooserPanel,
    home_sections,
    page_types_for,
    register_home_section,
)

from .article import ArticlePage
from .base import BasePage, live_pages_in_order, section_pages


class HomePage(BasePage):
    """The start page of one language tree: what ProXLab is, and what is on now."""

    hero_title = models.CharField(_("hero title"), max_length=200, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading=_("Hero")),
        InlinePanel(
            "featured_items",
            heading=_("Featured pages"),
            label=_("Featured page"),
            max_num=6,
        ),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("hero_title"),
        TranslatableField("hero_text"),
        SynchronizedField("featured_items"),
    ]
    api_fields = BasePage.api_fields + [APIField("hero_title"), APIField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    @classproperty
    def subpage_types(cls) -> list[str]:
        # Content apps register their sections (home.registry): home names none of them.
        return ["home.ArticleIndexPage", "home.StandardPage", *page_types_for("section")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_pages"] = self.featured_pages(
            preview=getattr(request, "is_preview", False)
        )
        sections = section_pages(self)
        context["sections"] = sections
        context["home_sections"] = [
            {"template": section.template, "context": section_context}
            for section in home_sections()
            if (section_context := section.context(self, request, sections))
        ]
        return context

    def featured_pages(self, preview: bool = False) -> list:
        """The editors' picks that are live, as specific pages, in the chosen order; their
        cards (image, renditions, partner, place per type) are loaded once per worker and
        content generation, since publishing any of them starts a new one. A preview shows
        the editor's unsaved picks."""

        def build() -> list:
            page_ids = self.featured_items.values_list("page_id", flat=True)
            return live_pages_in_order(page_ids, locale=self.locale)

        return build() if preview else remember(f"featured-pages:{self.pk}", build)


class HomeFeaturedItem(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [RegisteredPageChooserPanel("page", role="featured")]


def latest_articles(home: HomePage, request, sections: dict) -> dict | None:
    """The magazine's band on the home page: its three newest articles."""
    articles = list(
        ArticlePage.objects.live()
        .public()
        .descendant_of(home)
        .select_related("listing_image")
        .prefetch_related("listing_image__renditions")
        .order_by("-date", "-pk")[:3]
    )
    if not articles:
        return None
    return {"articles": articles, "index": sections.get("articleindexpage")}


register_home_section(
    HomeSection(template="home/sections/latest_articles.html", order=30, context=latest_articles)
)
