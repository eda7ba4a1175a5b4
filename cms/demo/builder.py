"""Build the demo pages below the German home page, skipping every page whose slug exists.

One transaction, so a failed first run leaves no half-built tree. A second run only reads
the slugs of each section and returns.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, Page

from home.models import (
    ArticlePage,
    ArticleRelatedPage,
    Competence,
    HomeFeaturedItem,
    HomePage,
    NavigationItem,
    NavigationMenu,
    Place,
    PortalSettings,
    StandardPage,
)
from offers.choices import JOB_OFFER_TYPES, Format, OfferType, PartnerKind, ProviderKind
from offers.models import ChallengePage, OfferPage, PartnerPage

from . import content, dates
from .images import DemoImages
from .specs import ArticleSpec, ChallengeSpec, DemoSeedError, OfferSpec, PartnerSpec, StandardSpec
from .text import text_fields

PROVIDER_OF_PARTNER = {
    PartnerKind.COMPANY: ProviderKind.EMPLOYER,
    PartnerKind.UNIVERSITY: ProviderKind.UNIVERSITY,
    PartnerKind.NETWORK: ProviderKind.SERVICE_PROVIDER,
    PartnerKind.SERVICE_PROVIDER: ProviderKind.SERVICE_PROVIDER,
}
PARTNER_SPECS = {spec.slug: spec for spec in content.PARTNERS}

__all__ = ["DemoSeedError", "SeedReport", "seed"]


@dataclass
class SeedReport:
    created: Counter = field(default_factory=Counter)
    totals: dict[str, int] = field(default_factory=dict)

    def __str__(self) -> str:
        counts = ", ".join(f"{self.totals[name]} {name}" for name in self.totals)
        if not self.created:
            return f"Demo content already present ({counts})."
        made = ", ".join(f"{number} {name}" for name, number in self.created.items())
        return f"Demo content: {counts}. Created now: {made}."


def seed(today: datetime.date | None = None) -> SeedReport:
    """Add the missing demo content; dates are relative to ``today``.

    Every record's English is checked first, so incomplete demo data fails before anything
    is written, on every run.
    """
    today = today or timezone.localdate()
    check_english(today)
    with transaction.atomic():
        return DemoBuilder(today).build()


def check_english(today: datetime.date) -> None:
    """Every record and every topic has its English; raises DemoSeedError naming what lacks it."""
    for spec in all_specs(today):
        spec.english()
    used = {
        topic
        for spec in (*content.OFFERS, *content.CHALLENGES, *content.ARTICLES)
        for topic in spec.topics
    }
    missing = sorted(used - set(content.TOPICS))
    if missing:
        raise DemoSeedError(
            f"No English name in cms/demo/content/topics.py for the topics {missing}."
        )


def privacy() -> StandardSpec:
    """The privacy page with the retention periods `purge_submissions` keeps to."""
    return content.privacy_statement(
        settings.PUBLIC_FORMS_PURGE_AFTER_DAYS, settings.PUBLIC_FORMS_CHALLENGE_PURGE_AFTER_DAYS
    )


def all_specs(today: datetime.date) -> tuple:
    """Every record of the demo, pages and menus."""
    return (
        *content.INDEXES,
        content.ABOUT,
        content.IMPRINT,
        privacy(),
        content.accessibility_statement(today),
        *content.PARTNERS,
        *content.OFFERS,
        *content.CHALLENGES,
        *content.ARTICLES,
        *content.MENUS,
    )


class DemoBuilder:
    def __init__(self, today: datetime.date) -> None:
        self.today = today
        self.images = DemoImages()
        self.report = SeedReport()

    # Lookups, loaded once and only when something has to be created.

    @cached_property
    def locale(self) -> Locale:
        return Locale.objects.get(language_code="de")

    @cached_property
    def places(self) -> dict[str, Place]:
        return {place.slug: place for place in Place.objects.filter(locale=self.locale)}

    @cached_property
    def competences(self) -> dict[str, Competence]:
        return {c.code: c for c in Competence.objects.filter(locale=self.locale)}

    def day(self, offset: int) -> datetime.date:
        """The day ``offset`` days from today, or the next open day after it (no Sunday,
        public holiday or Christmas break)."""
        return dates.next_open_day(self.today + datetime.timedelta(days=offset))

    def moment(self, offset: int, clock: str, day: datetime.date | None = None):
        """A date and time; evening dates fall on weekdays."""
        time = datetime.time.fromisoformat(clock)
        if day is None:
            day = self.today + datetime.timedelta(days=offset)
            day = dates.next_open_day(day, weekday_only=time >= dates.EVENING)
        return timezone.make_aware(datetime.datetime.combine(day, time))

    def session_days(self, spec: OfferSpec) -> list[datetime.date]:
        """Days of a few days in a row stay together (a two-day workshop); weekly sessions
        each move to their next open day (a weekday, for evenings), keeping their interval."""
        if not spec.sessions:
            return []
        offsets = [session.day for session in spec.sessions]
        evening = datetime.time.fromisoformat(spec.sessions[0].start) >= dates.EVENING
        first = self.today + datetime.timedelta(days=offsets[0])
        if offsets[-1] - offsets[0] <= 7:
            first = dates.open_span(first, offsets[-1] - offsets[0] + 1, evening)
            return [first + datetime.timedelta(days=o - offsets[0]) for o in offsets]
        days: list[datetime.date] = []
        for number, offset in enumerate(offsets):
            day = self.today + datetime.timedelta(days=offset)
            if days:
                # Sessions keep their spacing, also after one moved past a holiday.
                gap = datetime.timedelta(days=offset - offsets[number - 1])
                day = max(day, days[-1] + gap)
            days.append(dates.next_open_day(day, evening))
        return days

    def span(self, when: tuple[int, str, int, str]) -> tuple[datetime.datetime, datetime.datetime]:
        """Start and end of a dated offer: a few days in a row all open, or a long stretch
        that starts and ends on open days."""
        start_day, start_clock, end_day, end_clock = when
        length = end_day - start_day
        if length <= 7:
            evening = datetime.time.fromisoformat(start_clock) >= dates.EVENING
            first = dates.open_span(
                self.today + datetime.timedelta(days=start_day), length + 1, evening
            )
            last = first + datetime.timedelta(days=length)
            return self.moment(0, start_clock, first), self.moment(0, end_clock, last)
        return self.moment(start_day, start_clock), self.moment(end_day, end_clock)

    # The tree

    def build(self) -> SeedReport:
        home = HomePage.objects.filter(depth=2, locale__language_code="de").first()
        if home is None:
            raise DemoSeedError("There is no German home page; run the migrations first.")
        children = {page.slug: page for page in home.get_children()}
        sections = {spec.slug: self._section(home, spec, children) for spec in content.INDEXES}
        statement = content.accessibility_statement(self.today)
        for spec in (content.ABOUT, content.IMPRINT, privacy(), statement):
            if spec.slug not in children:
                children[spec.slug] = self._standard_page(home, spec, sections)
        portal = PortalSettings.load()
        if portal.privacy_page is None:  # staff may have chosen another one
            portal.privacy_page = children[privacy().slug]
            portal.save(update_fields=["privacy_page"])

        partners = self._children(sections["partner"], PartnerPage, content.PARTNERS)
        offers = self._children(sections["angebote"], OfferPage, content.OFFERS)
        challenges = self._children(sections["challenges"], ChallengePage, content.CHALLENGES)
        articles = self._children(sections["magazin"], ArticlePage, content.ARTICLES)
        for spec in partners.missing:
            partners.pages[spec.slug] = self._partner(partners.parent, spec)
        for spec in offers.missing:
            offers.pages[spec.slug] = self._offer(offers.parent, spec, partners.pages)
        for spec in challenges.missing:
            challenges.pages[spec.slug] = self._challenge(challenges.parent, spec, partners.pages)
        if articles.missing:
            targets = {**offers.pages, **challenges.pages}
            for spec in articles.missing:
                self._article(articles.parent, spec, targets)
        if not home.featured_items.exists():
            self._feature(home, offers.pages, challenges.pages)
        if not NavigationMenu.objects.filter(locale=self.locale).exists():
            self._menus(home)

        self.report.totals = {
            "partners": PartnerPage.objects.child_of(partners.parent).count(),
            "offers": OfferPage.objects.child_of(offers.parent).count(),
            "challenges": ChallengePage.objects.child_of(challenges.parent).count(),
            "articles": ArticlePage.objects.child_of(articles.parent).count(),
        }
        if self.images.created:
            self.report.created["images"] = self.images.created
        return self.report

    def _children(self, parent: Page, model: type[Page], specs) -> "Branch":
        """The specs still to create below ``parent``; their existing pages load lazily."""
        slugs = set(parent.get_children().values_list("slug", flat=True))
        return Branch(parent, model, [spec for spec in specs if spec.slug not in slugs])

    def _publish(self, parent: Page, page: Page, kind: str, competences=()) -> Page:
        page.locale = self.locale
        page.live = False
        if competences:
            page.competences = [self.competences[code] for code in competences]
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.report.created[kind] += 1
        return page

    def _section(self, home: HomePage, spec, children: dict[str, Page]) -> Page:
        model = apps.get_model(spec.model)
        existing = children.get(spec.slug)
        if existing is not None:
            if existing.specific_class is not model:
                raise DemoSeedError(
                    f"/{spec.slug}/ exists but is a {existing.specific_class.__name__}, "
                    f"not a {model.__name__}."
                )
            return existing.specific
        page = model(**text_fields(spec, "de"), show_in_menus=True)
        return self._publish(home, page, "sections")

    def _standard_page(self, home: HomePage, spec: StandardSpec, sections) -> Page:
        page = StandardPage(**text_fields(spec, "de", sections), show_in_menus=spec.show_in_menus)
        return self._publish(home, page, "text pages")

    # Content pages

    def _partner(self, parent: Page, spec: PartnerSpec) -> PartnerPage:
        page = PartnerPage(
            **text_fields(spec, "de"),
            logo=self.images.logo(spec.title, spec.initials, spec.colour),
            kind=spec.kind,
            size=spec.size,
            website=f"https://{spec.slug}.example",
            contact_name=spec.contact_name,
            contact_email=f"{spec.contact_mailbox}@{spec.slug}.example",
            contact_phone=spec.phone,
        )
        page.cities = [self.places[slug] for slug in spec.cities]
        return self._publish(parent, page, "partners")

    def _where(self, fmt: str, place: str | None, partner: PartnerSpec) -> dict:
        if fmt == Format.ONLINE:
            return {"format": fmt, "place": None, "address": ""}
        place = place or partner.cities[0]
        # The partner's address only where it lies in that place, never a contradiction.
        address = partner.address if self.places[place].name in partner.address else ""
        return {"format": fmt, "place": self.places[place], "address": address}

    def _offer(self, parent: Page, spec: OfferSpec, partners: dict) -> OfferPage:
        partner = PARTNER_SPECS[spec.partner]
        starts_at = ends_at = None
        if spec.when:
            starts_at, ends_at = self.span(spec.when)
        fields = text_fields(spec, "de")
        # Sessions on open days; the page spans them when it is saved.
        for session, day, when in zip(
            fields.get("sessions", ()), self.session_days(spec), spec.sessions, strict=True
        ):
            session.starts_at = self.moment(0, when.start, day)
            session.ends_at = self.moment(0, when.end, day)
        page = OfferPage(
            **fields,
            listing_image=self._offer_image(spec),
            offer_type=spec.offer_type,
            provider_kind=spec.provider or PROVIDER_OF_PARTNER[partner.kind],
            partner=partners[spec.partner],
            for_students="s" in spec.audience,
            for_graduates="g" in spec.audience,
            for_employers="e" in spec.audience,
            starts_at=starts_at,
            ends_at=ends_at,
            registration_deadline=None if spec.deadline is None else self.day(spec.deadline),
            valid_through=None if spec.valid is None else self.day(spec.valid),
            capacity=spec.capacity,
            is_free=spec.price is None,
            price=None if spec.price is None else Decimal(spec.price),
            language=spec.language,
            registration_url=f"https://{spec.partner}.example/anmeldung/{spec.slug}",
            contact_email=f"{partner.contact_mailbox}@{spec.partner}.example",
            **self._where(spec.format, spec.place, partner),
            **self._job_fields(spec, partner),
        )
        page.topics.add(*spec.topics)
        return self._publish(parent, page, "offers", spec.competences)

    def _job_fields(self, spec: OfferSpec, partner: PartnerSpec) -> dict:
        """Employment, hours, start, pay, remote work and how to apply, for positions."""
        if spec.offer_type not in JOB_OFFER_TYPES:
            return {}
        if spec.job is None:
            raise DemoSeedError(f"Demo {spec.label}: a position needs its JobTerms (job=…).")
        terms = spec.job
        low, high, unit = terms.pay or (None, None, "")
        return {
            "employment_type": terms.employment,
            "hours_per_week": terms.hours,
            "start_asap": terms.start is None,
            "start_date": None if terms.start is None else self.day(terms.start),
            "duration_months": terms.months,
            "pay_min": None if low is None else Decimal(low),
            "pay_max": None if high is None else Decimal(high),
            "pay_unit": unit,
            "unpaid": terms.unpaid,
            "remote_work": terms.remote,
            "application_url": f"https://{spec.partner}.example/karriere/{spec.slug}",
            "contact_name": partner.contact_name,
            "contact_phone": partner.phone,
        }

    def _offer_image(self, spec: OfferSpec):
        """A picture of its own for every offer, in its type's colours."""
        palette = list(OfferType).index(spec.offer_type)
        return self.images.cover(f"Titelbild {spec.title}", spec.slug, palette)

    def _challenge(self, parent: Page, spec: ChallengeSpec, partners: dict) -> ChallengePage:
        partner = PARTNER_SPECS[spec.partner]
        palette = [c.slug for c in content.CHALLENGES].index(spec.slug) + 3
        fields = text_fields(spec, "de")
        # The page derives its status dates from its phases when it is saved.
        for phase, when in zip(fields["phases"], spec.phases, strict=True):
            phase.starts_on = self.day(when.start)
            phase.ends_on = None if when.end is None else max(self.day(when.end), phase.starts_on)
        page = ChallengePage(
            **fields,
            listing_image=self.images.cover(f"Titelbild {spec.title}", spec.slug, palette),
            partner=partners[spec.partner],
            team_size_min=spec.team[0],
            team_size_max=spec.team[1],
            number_of_teams=spec.teams,
            **self._where(spec.format, spec.place, partner),
        )
        page.topics.add(*spec.topics)
        return self._publish(parent, page, "challenges", spec.competences)

    def _article(self, parent: Page, spec: ArticleSpec, targets: dict) -> ArticlePage:
        palette = [a.slug for a in content.ARTICLES].index(spec.slug)
        date = self.day(-spec.days_ago)
        page = ArticlePage(
            **text_fields(spec, "de"),
            date=date,
            listing_image=self.images.cover(f"Titelbild {spec.title}", spec.slug, palette),
            first_published_at=self.moment(-spec.days_ago, "09:00"),
        )
        page.related_pages = [
            ArticleRelatedPage(page=targets[slug], sort_order=order)
            for order, slug in enumerate(spec.related)
            if slug in targets
        ]
        page.topics.add(*spec.topics)
        return self._publish(parent, page, "articles", spec.competences)

    def _menus(self, home: HomePage) -> None:
        """Main navigation: the sections and the about page; footer: the legal pages."""
        pages = {page.slug: page for page in home.get_children()}
        for spec in content.MENUS:
            menu = NavigationMenu(locale=self.locale, slot=spec.slot, **text_fields(spec, "de"))
            menu.items = [NavigationItem(page=pages[slug]) for slug in spec.pages if slug in pages]
            menu.save()
            self.report.created["menus"] += 1

    def _feature(self, home: HomePage, offers: dict, challenges: dict) -> None:
        picks = [offers.get(slug) for slug in content.FEATURED]
        picks.append(challenges.get(content.FEATURED_CHALLENGE))
        home.featured_items = [
            HomeFeaturedItem(page=page, sort_order=order)
            for order, page in enumerate(p for p in picks if p is not None)
        ]
        home.save_revision().publish()
        self.report.created["featured items"] = len(home.featured_items.all())


class Branch:
    """An index page, the specs missing below it, and its existing children by slug."""

    def __init__(self, parent: Page, model: type[Page], missing: list) -> None:
        self.parent = parent
        self.model = model
        self.missing = missing
        self._pages: dict[str, Page] | None = None

    @property
    def pages(self) -> dict[str, Page]:
        if self._pages is None:
            self._pages = {p.slug: p for p in self.model.objects.child_of(self.parent)}
        return self._pages
