"""The demo reads like the region: real job terms, sessions, dates people keep, own pictures."""

import datetime
import itertools
import re
from decimal import Decimal

import pytest

from django.utils import timezone

from wagtail.models import Locale

from cms.demo import dates
from cms.demo.builder import DemoBuilder
from cms.demo.specs import OfferSpec, SessionSpec
from home.models import ArticlePage
from offers.choices import ChallengeStatus, EmploymentType, OfferType, PayUnit
from offers.models import ChallengePage, ChallengePhase, OfferPage, PartnerPage

pytestmark = pytest.mark.usefixtures("demo", "db")


def _local_day(moment: datetime.datetime) -> datetime.date:
    return timezone.localtime(moment).date()


def test_every_demo_job_ad_is_complete_and_paid_like_the_region():
    jobs = OfferPage.objects.filter(locale__language_code="de", offer_type__in=[
        OfferType.INTERNSHIP, OfferType.THESIS, OfferType.WORKING_STUDENT,
        OfferType.CAREER_ENTRY, OfferType.TRAINEE,
    ])  # fmt: skip
    assert jobs.count() >= 14
    for job in jobs:
        assert job.validation_errors() == {}, job.slug
        assert job.pay_text, job.slug
    for student_job in jobs.filter(employment_type=EmploymentType.WORKING_STUDENT):
        assert student_job.pay_unit == PayUnit.HOUR
        assert Decimal(15) <= student_job.pay_min <= (student_job.pay_max or student_job.pay_min)
        assert (student_job.pay_max or student_job.pay_min) <= Decimal(18)
        assert student_job.hours_per_week <= 20
    entries = jobs.filter(offer_type__in=[OfferType.CAREER_ENTRY, OfferType.TRAINEE])
    assert entries and all(entry.pay_max > entry.pay_min for entry in entries)
    assert jobs.filter(unpaid=True, employment_type=EmploymentType.THESIS).exists()


def test_multi_session_offers_have_their_sessions():
    course = OfferPage.objects.get(slug="kurs-python-datenanalyse", locale__language_code="de")
    sessions = list(course.sessions.all())

    assert len(sessions) == 8  # "in eight evenings"
    assert course.starts_at == sessions[0].starts_at
    assert course.ends_at == sessions[-1].ends_at
    gaps = {(b.starts_at - a.starts_at).days for a, b in itertools.pairwise(sessions)}
    assert min(gaps) >= 7
    workshop = OfferPage.objects.get(slug="kurs-scrum-master", locale__language_code="de")
    first, second = (_local_day(s.starts_at) for s in workshop.sessions.all())
    assert second - first == datetime.timedelta(days=1)
    english = course.get_translation(Locale.objects.get(language_code="en")).specific
    assert [s.note for s in english.sessions.all()][:2] == [
        "Setting up Python and Jupyter",
        "Reading data with pandas",
    ]


def test_demo_dates_avoid_weekends_holidays_and_the_christmas_break():
    days = []
    for offer in OfferPage.objects.filter(locale__language_code="de"):
        moments = [offer.starts_at, offer.ends_at]
        moments += [m for s in offer.sessions.all() for m in (s.starts_at, s.ends_at)]
        days += [_local_day(m) for m in moments if m]
        days += [
            d for d in (offer.registration_deadline, offer.valid_through, offer.start_date) if d
        ]
    for phase in ChallengePhase.objects.all():
        days += [d for d in (phase.starts_on, phase.ends_on) if d]

    assert days
    assert [day for day in days if not dates.is_open_day(day)] == []


def test_evening_talks_are_on_weekdays():
    evenings = [
        offer.starts_at
        for offer in OfferPage.objects.filter(locale__language_code="de", starts_at__isnull=False)
        if timezone.localtime(offer.starts_at).time() >= dates.EVENING
    ]

    assert evenings
    assert all(timezone.localtime(moment).weekday() < 5 for moment in evenings)


def test_each_demo_item_has_a_picture_of_its_own_and_partners_a_wordmark():
    offers = OfferPage.objects.filter(locale__language_code="de")
    assert len({offer.listing_image_id for offer in offers}) == offers.count()
    for partner in PartnerPage.objects.filter(locale__language_code="de").select_related("logo"):
        assert partner.logo.width > 2 * partner.logo.height, partner.slug


@pytest.mark.parametrize(
    "day, expected",
    [
        (datetime.date(2026, 4, 3), False),  # Good Friday
        (datetime.date(2026, 4, 6), False),  # Easter Monday
        (datetime.date(2026, 5, 14), False),  # Ascension Day
        (datetime.date(2026, 5, 25), False),  # Whit Monday
        (datetime.date(2026, 10, 31), False),  # Reformation Day
        (datetime.date(2026, 12, 28), False),  # Christmas break
        (datetime.date(2027, 1, 1), False),
        (datetime.date(2026, 11, 22), False),  # a Sunday
        (datetime.date(2026, 11, 23), True),
        (datetime.date(2026, 11, 21), False),  # a Saturday
        (datetime.date(2027, 1, 2), False),  # still the Christmas break (and a Saturday)
        (datetime.date(2028, 1, 2), False),  # the break, on a Sunday
        (datetime.date(2029, 1, 2), False),  # the break, on a Tuesday
        (datetime.date(2029, 1, 3), True),
    ],
)
def test_open_days_of_lower_saxony(day, expected):
    assert dates.is_open_day(day) is expected


def test_dates_seeded_before_christmas_move_past_the_break():
    builder = DemoBuilder(today=datetime.date(2026, 12, 21))
    spec = OfferSpec(
        slug="kurs",
        title="Kurs",
        offer_type=OfferType.COURSE,
        partner="weserbyte",
        teaser="",
        about="",
        points=(),
        topics=(),
        competences=(),
        sessions=tuple(SessionSpec(7 * week, "18:00", "21:00") for week in range(3)),
    )

    assert builder.day(3) == datetime.date(2027, 1, 4)  # not Saturday 2 January
    assert builder.session_days(spec) == [
        datetime.date(2026, 12, 21),
        datetime.date(2027, 1, 4),
        datetime.date(2027, 1, 11),
    ]
    start, end = builder.span((5, "09:00", 6, "17:00"))  # Sat 26 + Sun 27 Dec
    assert (_local_day(start), _local_day(end)) == (
        datetime.date(2027, 1, 4),
        datetime.date(2027, 1, 5),
    )


def test_demo_dates_fall_on_working_days_only():
    starts = [
        _local_day(offer.starts_at)
        for offer in OfferPage.objects.filter(locale__language_code="de", starts_at__isnull=False)
    ]
    deadlines = list(
        OfferPage.objects.filter(
            locale__language_code="de", registration_deadline__isnull=False
        ).values_list("registration_deadline", flat=True)
    )
    deadlines += [
        phase.ends_on for phase in ChallengePhase.objects.all() if phase.ends_on is not None
    ]

    assert starts and deadlines
    assert [day for day in starts + deadlines if day.weekday() >= 5] == []
    assert [day for day in starts + deadlines if (day.month, day.day) in ((1, 1), (1, 2))] == []


def test_working_hours_in_a_title_match_the_facts():
    jobs = OfferPage.objects.filter(hours_per_week__isnull=False)
    stated = 0
    for job in jobs:
        hours = re.findall(r"(\d+)(?:\s*[–-]\s*(\d+))?\s*(?:Std\.|Stunden|hrs|hours)", job.title)
        for low, high in hours:
            stated += 1
            assert not high, f"{job.title}: a range, but the ad says {job.hours_per_week} hours"
            assert int(low) == job.hours_per_week, job.title
    assert stated  # some titles name their hours


def test_a_place_never_contradicts_the_address():
    pages = []
    for model in (OfferPage, ChallengePage):
        german = model.objects.filter(locale__language_code="de", place__isnull=False)
        pages += list(german.exclude(address="").select_related("place"))

    assert pages
    for page in pages:
        assert page.place.name in page.address, (page.slug, page.place.name, page.address)


def test_a_finished_challenge_shows_its_teams_results_and_links_the_winners_article(client):
    finished = [
        challenge
        for challenge in ChallengePage.objects.filter(locale__language_code="de")
        if challenge.current_status == ChallengeStatus.FINISHED
    ]
    with_results = [challenge for challenge in finished if challenge.team_results.exists()]
    assert with_results

    for challenge in with_results:
        page = client.get(challenge.url).text
        for result in challenge.team_results.all():
            assert result.title in page
    campus = ChallengePage.objects.get(slug="campus-app-erstsemester")
    article = ArticlePage.objects.get(slug="campus-app-siegerteam")
    assert f'href="{article.url}"' in client.get(campus.url).text
    english = campus.get_translation(Locale.objects.get(language_code="en"))
    english_article = article.get_translation(Locale.objects.get(language_code="en"))
    assert f'href="{english_article.url}"' in client.get(english.url).text
    assert english.specific.team_results.first().title == "First-year compass"
