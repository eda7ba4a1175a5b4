"""What offers and challenges share: a partner, a format and place, topics and competences."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail_localize.fields import SynchronizedField

from home.api import CompetencesField, PageLinkField, PlaceField, TopicsField
from home.lookups import all_locales
from home.models import BasePage, IndexPage
from home.pagination import PAGE_SIZE, page_number
from offers import listing
from offers.calendar import calendar_response
from offers.choices import Format
from offers.feeds import ListingFeed
from search.facets import parameter_names

from .partner import partners_in


class ExchangePage(BasePage):
    """Abstract base of OfferPage and ChallengePage."""

    partner = models.ForeignKey(
        "offers.PartnerPage",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="%(class)ss",
        help_text=_("The partner who provides this; its profile lists it."),
    )
    format = models.CharField(
        _("format"), max_length=10, choices=Format.choices, default=Format.ON_SITE
    )
    place = models.ForeignKey(
        "home.Place",
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="%(class)ss",
    )
    address = models.TextField(_("address"), blank=True)
    competences = ParentalManyToManyField(
        "home.Competence", verbose_name=_("IT competences"), blank=True, related_name="%(class)ss"
    )

    card_related = ("listing_image__renditions", "partner", "place")

    translatable_fields = BasePage.translatable_fields + [
        SynchronizedField("partner"),
        SynchronizedField("format"),
        SynchronizedField("place"),
        SynchronizedField("address"),
        SynchronizedField("competences"),
        SynchronizedField("topics"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("partner", serializer=PageLinkField()),
        APIField("format"),
        APIField("place", serializer=PlaceField()),
        APIField("address"),
        APIField("topics", serializer=TopicsField()),
        APIField("competences", serializer=CompetencesField()),
    ]

    class Meta:
        abstract = True

    @staticmethod
    def where_panel() -> MultiFieldPanel:
        return MultiFieldPanel(
            [FieldPanel("format"), FieldPanel("place"), FieldPanel("address")],
            heading=_("Where"),
        )

    @staticmethod
    def taxonomy_panel() -> MultiFieldPanel:
        return MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("competences")], heading=_("Topics and competences")
        )

    def pages_showing_this(self) -> list:
        """Pages besides the listings that show this one: its partner's profile."""
        return [self.partner] if self.partner_id else []

    def validation_errors(self) -> dict:
        errors = super().validation_errors()
        if self.format != Format.ONLINE and not self.place_id:
            errors["place"] = _("Choose a place, or set the format to online.")
        return errors


class ExchangeIndexPage(RoutablePageMixin, IndexPage):
    """Abstract base of the offer and challenge listings: filters, pagination, and a calendar
    and an Atom feed of exactly what the filters show."""

    filter_form_class: type  # a form from offers.filters
    context_name: str  # what the template calls the paginated items
    calendar_related: tuple[str, ...] = ()  # what calendar_events reads besides the item
    # The order of items(), by name, for a search service that answers the listing:
    # "soonest" or "latest" start first, undated last, then by title.
    listing_order: str
    FEED_LIMIT = 200  # what a calendar or feed asks of a search service

    class Meta:
        abstract = True

    @property
    def page_cache_parameters(self) -> tuple[str, ...]:
        """The page cache stores answers to the filters (old links' spellings too) and page
        numbers, nothing else."""
        aliases = [name for name, facet in parameter_names().items() if name != facet]
        return ("page", *self.filter_form_class.parameters(), *aliases)

    def items(self):
        """Live, public items of this index with what a card shows, in listing order."""
        raise NotImplementedError

    def calendar_items(self):
        """The items the calendar feed lists."""
        raise NotImplementedError

    @staticmethod
    def calendar_events(request, item) -> list:
        raise NotImplementedError

    @property
    def alternate_links(self) -> list[dict]:
        return [
            {"type": "text/calendar", "url": f"{self.url}ics/", "title": self.title},
            {"type": "application/atom+xml", "url": f"{self.url}feed/", "title": self.title},
        ]

    def filter_form(self, request):
        """The listing's filters from the URL, validated; the same for page, calendar and feed."""
        return self.filter_form_class(
            request.GET,
            items=self.items(),
            partners=partners_in(self.locale),
            locale=self.locale,
            listing=f"{self.pk}",
        )

    def search_answer(self, form, page: int, per_page: int = PAGE_SIZE) -> listing.ListingAnswer:
        """The search service's answer for these filters: a page of items and the counts."""
        return listing.answer(self, form, page, per_page)

    def narrowed(self, form, items):
        """The items the filters show, for a calendar or feed. Words to search for are
        answered by the search service that answers the listing, so both show the same items."""
        form.is_valid()
        if form.cleaned_data.get("q"):
            return items.filter(pk__in=self.search_answer(form, 1, self.FEED_LIMIT).ids)
        return form.apply(items)

    def cards(self, ids: list[int]) -> list:
        """The items with these ids, with what a card shows, in the order given."""
        found = {item.pk: item for item in self.items().filter(pk__in=ids)}
        return [found[pk] for pk in ids if pk in found]

    @path("ics/")
    def calendar_feed(self, request):
        """The items still to come that the filters show, as a calendar to subscribe to."""
        form = self.filter_form(request)
        items = (
            self.narrowed(form, self.calendar_items())
            .select_related("locale")
            .prefetch_related(None)  # a calendar shows no cards: only what its events read
            .prefetch_related(*self.calendar_related)
            .defer_streamfields()[:200]
        )
        events = (event for item in items for event in self.calendar_events(request, item))
        return calendar_response(events, filename=self.slug, name=f"{self.title} · ProXLab")

    @path("feed/")
    def atom_feed(self, request):
        """What the filters show, newest listing order, as an Atom feed."""
        form = self.filter_form(request)
        items = self.narrowed(form, self.items()).defer_streamfields()
        return ListingFeed(self, items, form.query_string())(request)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        context = getattr(response, "context_data", None) or {}
        if context.get("listing_answer") and not context["listing_answer"].cacheable:
            # An answer from a fallback during an outage: no cache keeps it past the outage.
            patch_cache_control(response, no_cache=True)
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.filter_form(request)
        found = self.search_answer(form, page_number(request))
        items = Paginator(range(found.count), PAGE_SIZE).get_page(found.page)
        items.object_list = self.cards(found.ids)
        form.show_counts(found.counts)
        query = form.query_string()
        context["filter_form"] = form
        context["listing_answer"] = found
        context[self.context_name] = items
        context["filter_query"] = query
        context["subscribe"] = self.subscribe_links(request, query)
        context["language_queries"] = {
            locale.language_code: form.query_string_for(locale, items.number)
            for locale in all_locales()
            if locale.pk != self.locale_id
        } | {self.locale.language_code: form.query_string(items.number)}
        return context

    def subscribe_links(self, request, query: str) -> dict[str, str]:
        """Calendar (webcal:// for calendar apps, and the plain file) and Atom feed URLs."""
        suffix = f"?{query}" if query else ""
        base = self.get_full_url(request)
        calendar = f"{base}ics/{suffix}"
        return {
            "webcal": "webcal://" + calendar.split("://", 1)[1],
            "calendar": calendar,
            "feed": f"{base}feed/{suffix}",
        }
