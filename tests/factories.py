"""Factories for every page type, chained to the German home page the migrations create."""

import datetime
from decimal import Decimal

import factory
import wagtail_factories

from django.test import TestCase
from django.utils import timezone

from wagtail.models import Locale

from home.models import (
    ArticleAuthor,
    ArticleIndexPage,
    ArticlePage,
    Competence,
    HomePage,
    Place,
    StandardPage,
)
from offers.choices import (
    JOB_OFFER_TYPES,
    EmploymentType,
    Format,
    OfferType,
    PartnerKind,
    PayUnit,
    PhaseKind,
    ProviderKind,
)
from offers.models import (
    ChallengeIndexPage,
    ChallengePage,
    ChallengePhase,
    OfferIndexPage,
    OfferPage,
    PartnerIndexPage,
    PartnerPage,
)


def german_home() -> HomePage:
    return HomePage.objects.get(locale__language_code="de")


def place(slug: str = "hildesheim", language: str = "de") -> Place:
    return Place.objects.get(slug=slug, locale__language_code=language)


def competence(code: str, language: str = "de") -> Competence:
    return Competence.objects.get(code=code, locale__language_code=language)


class IndexPageFactory(wagtail_factories.PageFactory):
    """Index pages are singletons below the home page: reuse the one that exists."""

    parent = factory.LazyFunction(german_home)

    class Meta:
        abstract = True
        django_get_or_create = ["slug", "parent"]


class OfferIndexPageFactory(IndexPageFactory):
    title = "Angebote"
    slug = "angebote"

    class Meta:
        model = OfferIndexPage


class ChallengeIndexPageFactory(IndexPageFactory):
    title = "Challenges"
    slug = "challenges"

    class Meta:
        model = ChallengeIndexPage


class PartnerIndexPageFactory(IndexPageFactory):
    title = "Partner"
    slug = "partner"

    class Meta:
        model = PartnerIndexPage


class ArticleIndexPageFactory(IndexPageFactory):
    title = "Magazin"
    slug = "magazin"

    class Meta:
        model = ArticleIndexPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    parent = factory.LazyFunction(german_home)

    class Meta:
        model = StandardPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Weserbyte {n} GmbH")
    parent = factory.SubFactory(PartnerIndexPageFactory)
    kind = PartnerKind.COMPANY
    industry = "Softwareentwicklung"
    teaser = "Ein IT-Unternehmen aus der Region."
    website = "https://weserbyte.example"

    class Meta:
        model = PartnerPage


JOB_EMPLOYMENT = {
    OfferType.INTERNSHIP: EmploymentType.VOLUNTARY_INTERNSHIP,
    OfferType.THESIS: EmploymentType.THESIS,
    OfferType.WORKING_STUDENT: EmploymentType.WORKING_STUDENT,
    OfferType.CAREER_ENTRY: EmploymentType.FULL_TIME,
    OfferType.TRAINEE: EmploymentType.FULL_TIME,
}


def _is_job(offer) -> bool:
    return offer.offer_type in JOB_OFFER_TYPES


class OfferPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Workshop {n}")
    parent = factory.SubFactory(OfferIndexPageFactory)
    teaser = "Praxisnah lernen mit regionalen Arbeitgebern."
    offer_type = OfferType.WORKSHOP
    provider_kind = ProviderKind.EMPLOYER
    format = Format.ON_SITE
    place = factory.LazyFunction(place)
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=14))
    ends_at = factory.LazyAttribute(
        lambda o: o.starts_at and o.starts_at + datetime.timedelta(hours=3)
    )
    # Job ads get what a complete one has: a working-student wage, a start, how to apply.
    employment_type = factory.LazyAttribute(lambda o: JOB_EMPLOYMENT.get(o.offer_type, ""))
    hours_per_week = factory.LazyAttribute(lambda o: 20 if _is_job(o) else None)
    start_asap = factory.LazyAttribute(_is_job)
    pay_min = factory.LazyAttribute(lambda o: Decimal("16.00") if _is_job(o) else None)
    pay_unit = factory.LazyAttribute(lambda o: PayUnit.HOUR if _is_job(o) else "")
    application_email = factory.LazyAttribute(
        lambda o: "jobs@weserbyte.example" if _is_job(o) else ""
    )

    class Meta:
        model = OfferPage


def phases_for(status: str, today: datetime.date | None = None) -> list[ChallengePhase]:
    """Phase dates that put a challenge into the given status today."""
    today = today or timezone.localdate()
    offset = {"announced": 30, "application_open": -12, "running": -40, "finished": -120}[status]
    start = today + datetime.timedelta(days=offset)
    day = datetime.timedelta(days=1)
    return [
        ChallengePhase(kind=PhaseKind.CALL, starts_on=start, ends_on=start + 9 * day),
        ChallengePhase(
            kind=PhaseKind.APPLICATION, starts_on=start + 10 * day, ends_on=start + 24 * day
        ),
        ChallengePhase(kind=PhaseKind.WORK, starts_on=start + 25 * day, ends_on=start + 80 * day),
        ChallengePhase(kind=PhaseKind.FINAL, starts_on=start + 85 * day, ends_on=start + 85 * day),
    ]


class ChallengePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Challenge {n}")
    parent = factory.SubFactory(ChallengeIndexPageFactory)
    teaser = "Ein Praxisproblem für studentische Teams."
    problem = "<p>Wie lassen sich Lieferketten transparenter machen?</p>"
    format = Format.HYBRID
    place = factory.LazyFunction(place)
    phases = factory.LazyFunction(lambda: phases_for("application_open"))

    class Meta:
        model = ChallengePage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Artikel {n}")
    parent = factory.SubFactory(ArticleIndexPageFactory)
    teaser = "Neuigkeiten aus dem Netzwerk."
    date = factory.LazyFunction(timezone.localdate)
    authors = factory.LazyFunction(lambda: [ArticleAuthor(name="Jana Brandes", role="Redaktion")])

    class Meta:
        model = ArticlePage


def english() -> Locale:
    return Locale.objects.get(language_code="en")


def translate(page, strings: dict[str, str] | None = None):
    """Translate a page into English through wagtail-localize, as an editor would.

    `strings` maps German source strings to English; the others are translated to the same words
    (home.publish_rule publishes no German text that nobody translated).
    """
    from wagtail.models import Page
    from wagtail_localize.models import StringSegment, StringTranslation, Translation
    from wagtail_localize.operations import translate_object

    # As an editor must: the parents first (a translation goes live only below live parents).
    ancestors = page.get_ancestors().filter(depth__gt=1) if isinstance(page, Page) else []
    for ancestor in ancestors.specific() if ancestors else []:
        if not Page.objects.filter(
            translation_key=ancestor.translation_key, locale=english(), alias_of__isnull=True
        ).exists():
            translate(ancestor)
    # wagtail-localize publishes on commit; tests run inside a transaction that never commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        translate_object(page, [english()])
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=english()
    )
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=english(),
            context=segment.context,
            defaults={"data": (strings or {}).get(segment.string.data, segment.string.data)},
        )
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    return page.get_translation(english())
