"""The magazine: news, interviews and know-how."""

from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import structured_data
from home.api import CompetencesField, TopicsField
from home.blocks import BodyBlock
from home.content_cache import remember
from home.feeds import ArticleFeed
from home.pagination import paginate
from home.registry import RegisteredPageChooserPanel

from .base import BasePage, IndexPage, live_pages_in_order, title_image_panel


class ArticleIndexPage(RoutablePageMixin, IndexPage):
    subpage_types = ["home.ArticlePage"]

    class Meta:
        verbose_name = _("magazine")
        verbose_name_plural = _("magazines")

    @property
    def alternate_links(self) -> list[dict]:
        return [{"type": "application/atom+xml", "url": f"{self.url}feed/", "title": self.title}]

    @path("feed/")
    def atom_feed(self, request):
        return ArticleFeed(self)(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, self.articles())
        return context

    def articles(self):
        """Live articles of this magazine, newest first, with what a card shows."""
        return (
            ArticlePage.objects.child_of(self)
            .live()
            .public()
            .select_related("listing_image")
            .prefetch_related("authors", "listing_image__renditions")
            .order_by("-date", "-pk")
        )


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "home.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(BasePage):
    card_template = "components/card_article.html"
    card_name = "article"
    og_type = "article"

    date = models.DateField(_("date"), default=timezone.localdate)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    topics = ClusterTaggableManager(verbose_name=_("topics"), through=ArticlePageTag, blank=True)
    competences = ParentalManyToManyField(
        "home.Competence", verbose_name=_("IT competences"), blank=True, related_name="articles"
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        InlinePanel("authors", heading=_("Authors"), label=_("Author"), min_num=1),
        FieldPanel("teaser"),
        title_image_panel(),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("competences")], heading=_("Topics and competences")
        ),
        InlinePanel("related_pages", heading=_("Related pages"), label=_("Related page")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
    ]
    translatable_fields = BasePage.translatable_fields + [
        TranslatableField("body"),
        TranslatableField("authors"),
        SynchronizedField("date"),
        SynchronizedField("topics"),
        SynchronizedField("competences"),
        SynchronizedField("related_pages"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("date"),
        APIField("authors"),
        APIField("body"),
        APIField("topics", serializer=TopicsField()),
        APIField("competences", serializer=CompetencesField()),
    ]

    parent_page_types = ["home.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def structured_data(self, request) -> dict:
        return structured_data.article(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_related_objects([self], "authors")  # the byline and the JSON-LD
        context["related_pages"] = self.live_related_pages(
            preview=getattr(request, "is_preview", False)
        )
        return context

    def live_related_pages(self, preview: bool = False) -> list:
        """The related pages that are live, with what their cards show: loaded once per worker
        and content generation (publishing any of them or the article starts a new one). A
        preview shows the editor's unsaved choice."""

        def build() -> list:
            page_ids = self.related_pages.values_list("page_id", flat=True)
            return live_pages_in_order(page_ids, locale=self.locale)

        return build() if preview else remember(f"related-pages:{self.pk}", build)


class ArticleAuthor(TranslatableMixin, Orderable):
    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="authors")
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role")]
    translatable_fields = [SynchronizedField("name"), TranslatableField("role")]
    api_fields = [APIField("name"), APIField("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass

    def __str__(self) -> str:
        return self.name


class ArticleRelatedPage(Orderable):
    """A page the article points to, of a type registered as "featured" by a content app."""

    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_pages")
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [RegisteredPageChooserPanel("page", role="featured")]
