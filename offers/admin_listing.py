"""The page explorer of the offer and the challenge index, as Moderation reads it: each item's
type or phase, next date, deadline, partner and state, filtered by them, and exported as CSV
or Excel with the columns staff pass on (Wagtail's listing view per page type)."""

import datetime

from django_filters import ChoiceFilter, ModelChoiceFilter, MultipleChoiceFilter

from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.forms import CheckboxSelectMultiple
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import ExplorableIndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.coreutils import multigetattr
from wagtail.models import WorkflowState

from offers.admin_exports import StaffExport
from offers.choices import ChallengeStatus, OfferType
from offers.models import ChallengePage, OfferPage, OfferSession
from offers.translation_status import german_partners

# Events and job ads share the column: both kinds of deadline, as the model names them.
DEADLINE = OfferPage._meta.get_field("registration_deadline").verbose_name

# A page's state as the status column says it, and how each is found.
STATES = {
    "live": (_("live"), Q(live=True)),
    "changed": (_("live + draft"), Q(live=True, has_unpublished_changes=True)),
    "in_review": (
        _("in moderation"),
        Q(_workflow_states__status=WorkflowState.STATUS_IN_PROGRESS),
    ),
    "draft": (_("draft"), Q(live=False)),
}

# What every export starts and ends with; each type adds its own columns in between.
EXPORT_HEAD = {"title": _("title"), "locale.get_display_name": _("language")}
EXPORT_WHO_WHERE = {"partner.title": _("partner"), "place.name": _("place")}
EXPORT_END = {"status_string": _("status"), "full_url": _("URL")}


def day(value: datetime.date | datetime.datetime | None) -> str:
    """A date as staff read it in a table ("14.05.2031"), in local time."""
    if isinstance(value, datetime.datetime):
        value = timezone.localdate(value)
    return date_format(value, "SHORT_DATE_FORMAT") if value else ""


def day_column(name: str, label) -> Column:
    return Column(name, label=label, accessor=lambda page: day(getattr(page, name)), sort_key=name)


def wagtail_column(name: str) -> Column:
    """One of the explorer's own columns: the bulk-action box, the title, the status."""
    return next(column for column in ExplorableIndexView.base_columns if column.name == name)


class ExchangeFilterSet(PageFilterSet):
    partner = ModelChoiceFilter(
        label=_("partner"), queryset=lambda request: german_partners(), method="by_partner"
    )
    state = ChoiceFilter(
        label=_("status"),
        choices=[(value, label) for value, (label, _query) in STATES.items()],
        method="by_state",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Offers and challenges have no child pages, and all live on the one site.
        for name in ("has_child_pages", "site"):
            self.filters.pop(name, None)

    def by_partner(self, queryset, name, value):
        # Either language version of the partner: the offers' partner is synchronised.
        return queryset.filter(partner__translation_key=value.translation_key)

    def by_state(self, queryset, name, value):
        return queryset.filter(STATES[value][1])


class OfferFilterSet(ExchangeFilterSet):
    offer_type = MultipleChoiceFilter(
        label=_("offer type"), choices=OfferType.choices, widget=CheckboxSelectMultiple
    )

    class Meta:
        model = OfferPage
        fields = []


class ChallengeFilterSet(ExchangeFilterSet):
    status = ChoiceFilter(label=_("phase"), choices=ChallengeStatus.choices, method="by_status")

    class Meta:
        model = ChallengePage
        fields = []

    def by_status(self, queryset, name, value):
        return queryset.with_status(value)


class ExchangeIndexView(StaffExport, ExplorableIndexView):
    """Exports leave a cell empty where a page has no partner or place."""

    def to_row_dict(self, item) -> dict:
        row = {}
        for field in self.list_export:
            try:
                row[field] = multigetattr(item, field)
            except AttributeError:
                row[field] = None
        return row

    def annotate_queryset(self, pages):
        pages = super().annotate_queryset(pages)  # specific pages, fetched per type
        return pages.select_related("partner", "place", for_specific_subqueries=True)


class OfferIndexView(ExchangeIndexView):
    export_headings = {
        **EXPORT_HEAD,
        "get_offer_type_display": _("offer type"),
        **EXPORT_WHO_WHERE,
        "starts_at": _("starts"),
        "registration_deadline": DEADLINE,
        **EXPORT_END,
    }
    list_export = list(export_headings)

    def annotate_queryset(self, pages):
        # A course's next date is its next session still ahead; a one-off event's is its start.
        upcoming = OfferSession.objects.filter(offer=OuterRef("pk"), starts_at__gte=timezone.now())
        next_session = upcoming.order_by("starts_at").values("starts_at")[:1]
        pages = super().annotate_queryset(pages)
        return pages.annotate(next_date=Coalesce(Subquery(next_session), "starts_at"))

    def get_filename(self) -> str:
        return "angebote" if self.locale and self.locale.language_code == "de" else "offers"


class ChallengeIndexView(ExchangeIndexView):
    export_headings = {
        **EXPORT_HEAD,
        "current_status.label": _("phase"),
        **EXPORT_WHO_WHERE,
        "starts_on": _("starts"),
        "application_closes": _("Application deadline"),
        **EXPORT_END,
    }
    list_export = list(export_headings)

    def get_filename(self) -> str:
        return "challenges"


class OfferPageViewSet(PageViewSet):
    model = OfferPage
    index_view_class = OfferIndexView
    filterset_class = OfferFilterSet
    columns = [
        wagtail_column("bulk_actions"),
        wagtail_column("title"),
        Column(
            "offer_type",
            label=_("offer type"),
            accessor="get_offer_type_display",
            sort_key="offer_type",
        ),
        day_column("next_date", _("next date")),
        day_column("registration_deadline", DEADLINE),
        Column("partner", label=_("partner"), accessor="partner"),
        wagtail_column("status"),
    ]


class ChallengePageViewSet(PageViewSet):
    model = ChallengePage
    index_view_class = ChallengeIndexView
    filterset_class = ChallengeFilterSet
    columns = [
        wagtail_column("bulk_actions"),
        wagtail_column("title"),
        Column("phase", label=_("phase"), accessor="current_status.label"),
        day_column("starts_on", _("starts")),
        day_column("application_closes", _("Application deadline")),
        Column("partner", label=_("partner"), accessor="partner"),
        wagtail_column("status"),
    ]


offer_page_viewset = OfferPageViewSet("offer_pages")
challenge_page_viewset = ChallengePageViewSet("challenge_pages")
