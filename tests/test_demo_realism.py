"""The demo reads like the region: real job terms, sessions, dates people keep, own pictures."""

import datetime
import itertools
from decimal import Decimal

import pytest

from django.utils import timezone

from wagtail.models import Locale

from cms.demo import dates
from cms.demo.builder import DemoBuilder
from cms.demo.specs import OfferSpec, SessionSpec
from offers.choices import EmploymentType, OfferType, PayUnit
from offers.models import ChallengePhase, OfferPage, PartnerPage

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


def test_demo_dates_avoid_sundays_holidays_and_the_christmas_break():
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
        (datetime.date(2027, 1, 2), True),
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

    assert builder.day(3) == datetime.date(2027, 1, 2)
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
