"""Challenges: practice problems that partners pose to student teams, in dated phases."""

import datetime
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.api import ValueField
from home.blocks import BodyBlock
from home.content_cache import remember
from home.lookups import PortalPageQuerySet
from home.models import ArticlePage, BasePage
from home.models.base import title_image_panel
from offers import structured_data
from offers.calendar import calendar_response, challenge_events
from offers.choices import ChallengeStatus, PhaseKind
from offers.filters import ChallengeFilterForm

from .challenge_status import matches, status_rules
from .exchange import ExchangeIndexPage, ExchangePage
from .team import EarlyClosure, TeamApplication, TeammateNote, TeamStatus

RICH_TEXT = ["bold", "italic", "link", "ul", "ol", "h3"]


class ChallengeQuerySet(PortalPageQuerySet):
    def with_status(self, status: str, today: datetime.date | None = None) -> "ChallengeQuerySet":
        """Challenges in one status today, from the phase dates stored on the page."""
        rules = status_rules(today or timezone.localdate())
        phase_status = models.Case(
            *(models.When(condition, then=models.Value(value)) for value, condition in rules),
            default=models.Value(ChallengeStatus.RUNNING.value),
            output_field=models.CharField(),
        )
        return self.alias(phase_status=phase_status).filter(phase_status=status)

    def with_closures(self) -> "ChallengeQuerySet":
        """Each challenge knows whether applications were closed early, without a query of its
        own (ChallengePage.closed_early)."""
        closure = EarlyClosure.objects.filter(translation_key=models.OuterRef("translation_key"))
        return self.annotate(has_early_closure=models.Exists(closure))


ChallengeManager = PageManager.from_queryset(ChallengeQuerySet)


class ChallengeIndexPage(ExchangeIndexPage):
    call_to_action = _("Explore challenges")
    filter_form_class = ChallengeFilterForm
    context_name = "challenges"
    listing_order = "latest"  # as items() orders them
    calendar_events = staticmethod(challenge_events)
    calendar_related = ("phases",)

    subpage_types = ["offers.ChallengePage"]

    class Meta:
        verbose_name = _("challenge index")
        verbose_name_plural = _("challenge indexes")

    def items(self) -> ChallengeQuerySet:
        """Challenges of every status, the latest start first."""
        return (
            ChallengePage.objects.child_of(self)
            .live()
            .public()
            .select_related("listing_image", "partner", "place")
            .prefetch_related("listing_image__renditions", "team_results")
            .with_closures()
            .order_by(models.F("starts_on").desc(nulls_last=True), "title")
        )

    def calendar_items(self) -> ChallengeQuerySet:
        """Challenges that have not finished yet."""
        return self.items().filter(ends_on__gte=timezone.localdate())


class ChallengePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "offers.ChallengePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ApplicationState(models.TextChoices):
    """Whether a team can apply to a challenge today."""

    NOT_YET = "not_yet", _("Applications are not open yet")
    OPEN = "open", _("Applications are open")
    CLOSED = "closed", _("Applications are closed")


class ShownStatus(NamedTuple):
    value: str
    label: str


class ChallengePage(RoutablePageMixin, ExchangePage):
    card_template = "components/card_challenge.html"
    card_name = "challenge"
    # A finished challenge's card links to its results (an article may point to them).
    card_related = ExchangePage.card_related + ("team_results",)

    problem = RichTextField(_("problem statement"), features=RICH_TEXT)
    expected_results = RichTextField(_("expected results"), blank=True, features=RICH_TEXT)
    team_size_min = models.PositiveSmallIntegerField(_("team size from"), default=3)
    team_size_max = models.PositiveSmallIntegerField(_("team size to"), default=5)
    number_of_teams = models.PositiveSmallIntegerField(_("number of teams"), default=1)
    reward = models.CharField(_("reward"), max_length=200, blank=True)
    results = StreamField(
        BodyBlock(),
        verbose_name=_("results"),
        blank=True,
        help_text=_("What the teams achieved; shown once the challenge is finished."),
    )
    topics = ClusterTaggableManager(verbose_name=_("topics"), through=ChallengePageTag, blank=True)
    # Derived from the phases on save, so listings can filter by status in the database.
    starts_on = models.DateField(null=True, editable=False)
    application_opens = models.DateField(null=True, editable=False)
    application_closes = models.DateField(null=True, editable=False)
    ends_on = models.DateField(null=True, editable=False)

    objects = ChallengeManager()

    content_panels = BasePage.content_panels + [
        FieldPanel("teaser"),
        FieldPanel("partner"),
        title_image_panel(),
        FieldPanel("problem"),
        FieldPanel("expected_results"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("team_size_min"), FieldPanel("team_size_max")]),
                FieldPanel("number_of_teams"),
                FieldPanel("reward"),
            ],
            heading=_("Teams and reward"),
        ),
        InlinePanel("phases", heading=_("Phases"), label=_("Phase"), min_num=1),
        ExchangePage.where_panel(),
        ExchangePage.taxonomy_panel(),
        InlinePanel("team_results", heading=_("Results of the teams"), label=_("Result")),
        FieldPanel("results"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("problem"),
        index.SearchField("expected_results"),
    ]
    translatable_fields = ExchangePage.translatable_fields + [
        TranslatableField("problem"),
        TranslatableField("expected_results"),
        TranslatableField("reward"),
        TranslatableField("results"),
        TranslatableField("phases"),
        TranslatableField("team_results"),
        SynchronizedField("team_size_min"),
        SynchronizedField("team_size_max"),
        SynchronizedField("number_of_teams"),
    ]
    api_fields = ExchangePage.api_fields + [
        APIField(
            "status",
            serializer=ValueField(source="current_status", schema={"enum": ChallengeStatus.values}),
        ),
        APIField("starts_on"),
        APIField("application_opens"),
        APIField("application_closes"),
        APIField("ends_on"),
        APIField("phases"),
        APIField("team_size_min"),
        APIField("team_size_max"),
        APIField("number_of_teams"),
        APIField("reward"),
        APIField("problem"),
        APIField("expected_results"),
        APIField("results"),
        APIField("team_results"),
    ]

    parent_page_types = ["offers.ChallengeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("challenge")
        verbose_name_plural = _("challenges")

    def status(self, today: datetime.date | None = None) -> ChallengeStatus:
        """announced → application open → running → finished, by today's date."""
        for status, condition in status_rules(today or timezone.localdate()):
            if matches(self, condition):
                return status
        return ChallengeStatus.RUNNING

    @property
    def current_status(self) -> ChallengeStatus:
        return self.status()

    @property
    def shown_status(self) -> ChallengeStatus | ShownStatus:
        """The status badges and facts show: an application phase that a moderator closed
        early says so, rather than "application open"."""
        status = self.current_status
        if status == ChallengeStatus.APPLICATION_OPEN and self.closed_early:
            return ShownStatus("applications_closed", _("Applications closed"))
        return status

    @classmethod
    def prefetch_card_extras(cls, challenges: list["ChallengePage"]) -> None:
        """Early closures of many cards' challenges in one query (home.models.prefetch_cards)."""
        keys = {challenge.translation_key for challenge in challenges}
        closed = set(
            EarlyClosure.objects.filter(translation_key__in=keys).values_list(
                "translation_key", flat=True
            )
        )
        for challenge in challenges:
            challenge.has_early_closure = challenge.translation_key in closed

    @property
    def results_sections(self) -> tuple[str, list]:
        """The results' heading and blocks: their own first heading, if they start with one,
        heads the section instead of a second, generic one."""
        blocks = list(self.results)
        if blocks and blocks[0].block_type == "heading":
            return str(blocks[0].value), blocks[1:]
        return "", blocks

    def structured_data(self, request) -> dict:
        return structured_data.challenge(self, request)

    def application_state(
        self, today: datetime.date | None = None, closed_early: bool | None = None
    ) -> ApplicationState:
        """Open during the application phase, unless a moderator closed it early."""
        status = self.status(today)
        if status == ChallengeStatus.ANNOUNCED:
            return ApplicationState.NOT_YET
        if status != ChallengeStatus.APPLICATION_OPEN:
            return ApplicationState.CLOSED
        if closed_early is None:
            closed_early = self.closed_early
        return ApplicationState.CLOSED if closed_early else ApplicationState.OPEN

    @property
    def closed_early(self) -> bool:
        if hasattr(self, "has_early_closure"):  # with_closures() or prefetch_card_extras()
            return self.has_early_closure
        return EarlyClosure.objects.filter(translation_key=self.translation_key).exists()

    def teams_applied(self) -> int:
        """How many teams applied, through any language version (never who)."""
        return (
            TeamApplication.objects.for_challenge(self).exclude(status=TeamStatus.WITHDRAWN).count()
        )

    def team_facts(self) -> dict:
        """Early closure, number of teams and confirmed teammate notes, remembered per content
        generation: saving an application, a note or a closure starts a new one (offers.signals)."""

        def build() -> dict:
            notes = (
                TeammateNote.objects.for_challenge(self)
                .confirmed()
                .prefetch_related("competences")
                .only("id", "contact_name", "study_programme", "topics", "looking_for", "language")
            )
            return {
                "closed_early": self.closed_early,
                "teams_applied": self.teams_applied(),
                "teammate_notes": list(notes),
            }

        return remember(f"challenge-teams:{self.translation_key}", build)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        facts = self.team_facts()
        self.has_early_closure = facts["closed_early"]  # for shown_status, without a query
        state = self.application_state(closed_early=facts["closed_early"])
        context["application_state"] = state
        context["teams_applied"] = facts["teams_applied"]
        if state == ApplicationState.OPEN:
            context["teammate_notes"] = facts["teammate_notes"]
        if self.status() == ChallengeStatus.FINISHED:
            context["team_results"] = self.team_results.select_related("image", "document")
        context["articles"] = self.articles_about()
        return context

    def articles_about(self) -> list[ArticlePage]:
        """Live articles in this language that point to this challenge (a winners' report),
        newest first: the challenge links back to them. Remembered per content generation."""

        def build() -> list[ArticlePage]:
            return list(
                ArticlePage.objects.live()
                .public()
                .filter(locale_id=self.locale_id)
                .filter(related_pages__page__translation_key=self.translation_key)
                .distinct()
                .order_by("-date")
                .only("id", "path", "depth", "url_path", "title", "locale_id")[:3]
            )

        return remember(f"challenge-articles:{self.pk}", build)

    @property
    def alternate_links(self) -> list[dict]:
        if self.starts_on is None:
            return []
        return [{"type": "text/calendar", "url": f"{self.url}ics/", "title": self.title}]

    @path("ics/")
    def calendar_download(self, request):
        """This challenge's phases as an iCalendar file."""
        events = challenge_events(request, self)
        if not events:
            raise Http404("This challenge has no phases.")
        return calendar_response(events, filename=self.slug, name=self.title)

    def validation_errors(self) -> dict:
        errors = super().validation_errors()
        if self.team_size_min > self.team_size_max:
            errors["team_size_max"] = _("The largest team is smaller than the smallest.")
        return errors

    def save(self, *args, **kwargs):
        phases = [phase for phase in self.phases.all() if phase.starts_on]
        application = [phase for phase in phases if phase.kind == PhaseKind.APPLICATION]
        self.starts_on = min((p.starts_on for p in phases), default=None)
        self.ends_on = max((p.ends_on or p.starts_on for p in phases), default=None)
        self.application_opens = application[0].starts_on if application else None
        self.application_closes = (
            (application[0].ends_on or application[0].starts_on) if application else None
        )
        super().save(*args, **kwargs)


class ChallengePhase(TranslatableMixin, Orderable):
    challenge = ParentalKey(ChallengePage, on_delete=models.CASCADE, related_name="phases")
    kind = models.CharField(_("phase"), max_length=20, choices=PhaseKind.choices)
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("note"),
    ]
    translatable_fields = [
        SynchronizedField("kind"),
        SynchronizedField("starts_on"),
        SynchronizedField("ends_on"),
        TranslatableField("note"),
    ]
    api_fields = [APIField("kind"), APIField("starts_on"), APIField("ends_on"), APIField("note")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")

    def clean(self):
        if self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The phase ends before it starts.")})
