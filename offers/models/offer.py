"""Offers: workshops, talks, excursions, projects, mentoring, positions … from any provider."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.api import ValueField
from home.blocks import BodyBlock
from home.lookups import PortalPageQuerySet
from home.models import BasePage
from home.models.base import title_image_panel
from offers import structured_data
from offers.calendar import calendar_response, offer_events
from offers.choices import JOB_OFFER_TYPES, Audience, OfferLanguage, OfferType, ProviderKind
from offers.filters import OfferFilterForm

from .exchange import ExchangeIndexPage, ExchangePage
from .job import JobAdFields, OfferPageForm

# Panels the offer editor shows only for events or only for job ads; the type select names
# the job types for static_src/js/offer-editor.js, which shows one kind or the other.
TYPE_SELECT = forms.Select(attrs={"data-job-types": " ".join(sorted(JOB_OFFER_TYPES))})
EVENT_ONLY = {"data-offer-panel": "event"}
JOB_ONLY = {"data-offer-panel": "job"}


class OfferQuerySet(PortalPageQuerySet):
    def current(self, today: datetime.date | None = None) -> "OfferQuerySet":
        """Offers still valid today; an offer leaves listings the day after its valid-through."""
        today = today or timezone.localdate()
        return self.filter(models.Q(expires_on__isnull=True) | models.Q(expires_on__gte=today))

    def upcoming(self, now: datetime.datetime | None = None) -> "OfferQuerySet":
        """Dated offers that have not started yet, soonest first."""
        return self.filter(starts_at__gte=now or timezone.now()).order_by("starts_at", "pk")

    def open_first(self) -> "OfferQuerySet":
        """Offers one can still register or apply for first, then by start, undated last, then
        by title: the listing's order (the search documents' "closes" says the same)."""
        closed = models.Q(registration_deadline__lt=timezone.localdate())
        closed |= models.Q(starts_at__lte=timezone.now())
        return self.alias(
            closed_rank=models.Case(
                models.When(closed, then=models.Value(1)),
                default=models.Value(0),
                output_field=models.IntegerField(),
            )
        ).order_by("closed_rank", models.F("starts_at").asc(nulls_last=True), "title")


OfferManager = PageManager.from_queryset(OfferQuerySet)


class OfferIndexPage(ExchangeIndexPage):
    call_to_action = _("Browse offers")
    filter_form_class = OfferFilterForm
    context_name = "offers"
    listing_order = "soonest"  # as items() orders them
    calendar_events = staticmethod(offer_events)
    calendar_related = ("sessions",)

    subpage_types = ["offers.OfferPage"]

    class Meta:
        verbose_name = _("offer index")
        verbose_name_plural = _("offer indexes")

    def items(self) -> OfferQuerySet:
        """Current offers, open ones first, then soonest; an offer leaves the day after it
        expires."""
        return (
            OfferPage.objects.child_of(self)
            .live()
            .public()
            .current()
            .select_related("listing_image", "partner", "place")
            .prefetch_related("listing_image__renditions")
            .open_first()
        )

    def calendar_items(self) -> OfferQuerySet:
        return self.items().upcoming()


class OfferPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "offers.OfferPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class OfferPage(RoutablePageMixin, JobAdFields, ExchangePage):
    """An exchange or competence-building offer of the university, an employer or a provider."""

    card_template = "components/card_offer.html"
    card_name = "offer"

    offer_type = models.CharField(_("offer type"), max_length=20, choices=OfferType.choices)
    provider_kind = models.CharField(
        _("provider kind"), max_length=20, choices=ProviderKind.choices
    )
    body = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    for_students = models.BooleanField(_("students"), default=True)
    for_graduates = models.BooleanField(_("graduates"), default=False)
    for_employers = models.BooleanField(_("employers"), default=False)
    starts_at = models.DateTimeField(_("starts"), null=True, blank=True)
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    # Named for both kinds where they meet (explorer, exports); the editor names one (job.py).
    registration_deadline = models.DateField(
        _("registration or application deadline"), null=True, blank=True
    )
    valid_through = models.DateField(
        _("valid through"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "After this day the offer leaves listings and search by itself. "
            "Empty: the day it ends, or open-ended for offers without dates."
        ),
    )
    # The last day the offer is shown: valid_through, else the day it ends; kept on every save.
    expires_on = models.DateField(null=True, editable=False, db_index=True)
    # Kept on every save, so pages of offers without sessions need not look for them.
    session_count = models.PositiveSmallIntegerField(default=0, editable=False)
    capacity = models.PositiveIntegerField(_("places available"), null=True, blank=True)
    is_free = models.BooleanField(_("free of charge"), default=True)
    price = models.DecimalField(
        _("price in euros"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    language = models.CharField(
        _("held in"), max_length=5, choices=OfferLanguage.choices, default=OfferLanguage.GERMAN
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    topics = ClusterTaggableManager(verbose_name=_("topics"), through=OfferPageTag, blank=True)

    objects = OfferManager()
    base_form_class = OfferPageForm

    content_panels = BasePage.content_panels + [
        FieldPanel("teaser"),
        FieldRowPanel(
            [
                FieldPanel(
                    "offer_type",
                    widget=forms.Select(
                        attrs={"data-job-types": " ".join(sorted(JOB_OFFER_TYPES))}
                    ),
                ),
                FieldPanel("provider_kind"),
            ]
        ),
        FieldPanel("partner"),
        title_image_panel(),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("for_students"), FieldPanel("for_graduates"), FieldPanel("for_employers")],
            heading=_("Audience"),
        ),
        # static_src/js/offer-editor.js shows the event or the job panels by the offer type.
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")])],
            heading=_("When"),
            help_text=_(
                "For an offer with several dates (a course, a two-day workshop) add its "
                "sessions below; start and end then follow from them."
            ),
            attrs=EVENT_ONLY,
        ),
        InlinePanel("sessions", heading=_("Sessions"), label=_("Session"), attrs=EVENT_ONLY),
        *JobAdFields.job_panels(JOB_ONLY),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("registration_deadline"), FieldPanel("valid_through")])],
            heading=_("Deadlines"),
            help_text=_(
                "The deadline is shown to visitors: for registration, or for applications "
                "in a job ad. Valid through only decides how long the offer is listed."
            ),
        ),
        ExchangePage.where_panel(),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]),
                FieldPanel("registration_url"),
            ],
            heading=_("Taking part"),
            attrs=EVENT_ONLY,
        ),
        MultiFieldPanel(
            [
                FieldPanel("language"),
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Language and contact"),
        ),
        ExchangePage.taxonomy_panel(),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("offer_type"),
        index.FilterField("expires_on"),
    ]
    translatable_fields = (
        ExchangePage.translatable_fields
        + JobAdFields.translatable_fields
        + [
            TranslatableField("body"),
            TranslatableField("sessions"),
            SynchronizedField("offer_type"),
            SynchronizedField("provider_kind"),
            SynchronizedField("for_students"),
            SynchronizedField("for_graduates"),
            SynchronizedField("for_employers"),
            SynchronizedField("starts_at"),
            SynchronizedField("ends_at"),
            SynchronizedField("registration_deadline"),
            SynchronizedField("valid_through"),
            SynchronizedField("expires_on"),
            SynchronizedField("session_count"),
            SynchronizedField("capacity"),
            SynchronizedField("is_free"),
            SynchronizedField("price"),
            SynchronizedField("language"),
            SynchronizedField("registration_url"),
            SynchronizedField("contact_email"),
        ]
    )
    api_fields = ExchangePage.api_fields + [
        APIField("offer_type"),
        APIField("provider_kind"),
        APIField(
            "audiences",
            serializer=ValueField(
                source="audience_codes",
                schema={"type": "array", "items": {"enum": Audience.values}},
            ),
        ),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField(
            "registration_deadline",
            serializer=ValueField(
                schema={
                    "type": ["string", "null"],
                    "format": "date",
                    "description": "The last day to register for an event, or to apply for a "
                    "job ad (the job offer types).",
                }
            ),
        ),
        APIField("valid_through"),
        APIField("capacity"),
        APIField("is_free"),
        APIField("price"),
        APIField("language"),
        APIField("registration_url"),
        APIField("contact_email"),
        APIField("body"),
        APIField("sessions"),
        *JobAdFields.api_fields,
    ]

    parent_page_types = ["offers.OfferIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("offer")
        verbose_name_plural = _("offers")

    @property
    def title_language(self) -> str:
        """ "en" where an offer held in English shows its (English) title on a page in another
        language, so screen readers pronounce it right; "" otherwise."""
        held_in_english = self.language == OfferLanguage.ENGLISH
        return "en" if held_in_english and translation.get_language() != "en" else ""

    def _audiences(self) -> list[Audience]:
        flags = {
            Audience.STUDENTS: self.for_students,
            Audience.GRADUATES: self.for_graduates,
            Audience.EMPLOYERS: self.for_employers,
        }
        return [audience for audience, chosen in flags.items() if chosen]

    @property
    def audiences(self) -> list[str]:
        return [audience.label for audience in self._audiences()]

    @property
    def audience_codes(self) -> list[str]:
        return [audience.value for audience in self._audiences()]

    @property
    def alternate_links(self) -> list[dict]:
        if self.starts_at is None:
            return []
        return [{"type": "text/calendar", "url": f"{self.url}ics/", "title": self.title}]

    @path("ics/")
    def calendar_download(self, request):
        """This offer as an iCalendar file, for dated offers."""
        events = offer_events(request, self)
        if not events:
            raise Http404("This offer has no date.")
        return calendar_response(events, filename=self.slug, name=self.title)

    def structured_data(self, request) -> dict:
        return structured_data.offer(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sessions"] = list(self.sessions.all()) if self.session_count else []
        return context

    @property
    def registration_closes(self) -> datetime.datetime | None:
        """When registering (applying, for a job ad) ends: at the end of the deadline day or
        at the start, whichever comes first; None while nothing ends it."""
        ends = []
        if self.registration_deadline:
            next_day = self.registration_deadline + datetime.timedelta(days=1)
            ends.append(timezone.make_aware(datetime.datetime.combine(next_day, datetime.time())))
        if self.starts_at:
            ends.append(self.starts_at)
        return min(ends, default=None)

    @property
    def registration_closed(self) -> bool:
        closes = self.registration_closes
        return closes is not None and closes <= timezone.now()

    @property
    def is_job(self) -> bool:
        """Internships, theses and positions are postings, not events."""
        return self.offer_type in JOB_OFFER_TYPES

    def validation_errors(self) -> dict:
        errors = super().validation_errors()
        if self.is_job:
            errors.update(self.job_errors())
        else:
            errors.update(self._event_errors())
        if (
            self.registration_deadline
            and self.starts_at
            and self.registration_deadline > timezone.localdate(self.starts_at)
        ):
            errors["registration_deadline"] = (
                _("The application deadline lies after the start.")
                if self.is_job
                else _("The registration deadline lies after the start.")
            )
        if not (self.for_students or self.for_graduates or self.for_employers):
            errors["for_students"] = _("Choose at least one audience.")
        return errors

    def _event_errors(self) -> dict:
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("The end lies before the start.")
        if not self.is_free and self.price is None:
            errors["price"] = _("Enter a price, or mark the offer as free of charge.")
        return errors

    def save(self, *args, **kwargs):
        if self.is_job:
            # A job ad is no event: no dates, sessions, price, places or registration of its own.
            self.session_count = 0
            self.starts_at = self.ends_at = self.price = self.capacity = None
            self.is_free = False
            self.registration_url = ""
        else:
            sessions = [session for session in self.sessions.all() if session.starts_at]
            self.session_count = len(sessions)
            if sessions:
                self.starts_at = min(session.starts_at for session in sessions)
                self.ends_at = max(session.ends_at or session.starts_at for session in sessions)
        # A dated offer expires by itself once it is over.
        ends = self.ends_at or self.starts_at
        self.expires_on = self.valid_through or (timezone.localdate(ends) if ends else None)
        if self.is_free:
            self.price = None
        super().save(*args, **kwargs)


class OfferSession(TranslatableMixin, Orderable):
    """One date of an offer that meets more than once: a course evening, a workshop day."""

    offer = ParentalKey(OfferPage, on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("note"),
    ]
    translatable_fields = [
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        TranslatableField("note"),
    ]
    api_fields = [APIField("starts_at"), APIField("ends_at"), APIField("note")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    def clean(self):
        if self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("The session ends before it starts.")})
