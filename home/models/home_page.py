from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .article import ArticlePage
from .base import BasePage, live_pages_in_order


class HomePage(BasePage):
    """The start page of one language tree: what ProXLab is, and what is on now."""

    hero_title = models.CharField(_("hero title"), max_length=200, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading=_("Hero")),
        InlinePanel("featured_items", label=_("Featured offers and challenges"), max_num=6),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("hero_title"),
        TranslatableField("hero_text"),
        SynchronizedField("featured_items"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "offers.OfferIndexPage",
        "offers.ChallengeIndexPage",
        "offers.PartnerIndexPage",
        "home.ArticleIndexPage",
        "home.StandardPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_pages"] = self.featured_pages()
        context["latest_articles"] = (
            ArticlePage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("listing_image")
            .prefetch_related("listing_image__renditions")
            .order_by("-date", "-pk")[:3]
        )
        return context

    def featured_pages(self) -> list:
        """The editors' picks that are live, as specific pages, in the chosen order."""
        return live_pages_in_order(
            self.featured_items.values_list("page_id", flat=True), locale=self.locale
        )


class HomeFeaturedItem(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page", page_type=["offers.OfferPage", "offers.ChallengePage"])]
