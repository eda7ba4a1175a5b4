"""One contract, two backends: the same hits and facet counts from Elasticsearch and the database
for filter-only queries and exact words; facet counts checked against the ORM at random."""

import datetime

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from django.db.models import Q
from django.utils import timezone

from home.models import ArticlePage
from offers.choices import Format, OfferType
from offers.models import ChallengePage, OfferPage, PartnerPage
from search import service
from search.documents import LANGUAGES
from search.indexing import rebuild
from tests import factories

pytestmark = pytest.mark.django_db

PLACES = ["hildesheim", "hameln", "hannover"]


def _content() -> None:
    soon = timezone.now() + datetime.timedelta(minutes=10)  # within this week and month
    later = timezone.now() + datetime.timedelta(days=70)
    weser = factories.PartnerPageFactory(title="Weserbyte GmbH", slug="weserbyte")
    factories.PartnerPageFactory(title="Leinedata AG", slug="leinedata")
    weser.cities.add(factories.place("hameln"))
    weser.save()
    held_in = {"Python Workshop": "en", "Cloud Vortrag": "de_en"}  # the others: German
    offers = [
        ("Python Workshop", OfferType.WORKSHOP, Format.ONLINE, None, True, False, soon),
        # A job ad has no event dates (OfferPage.save clears them).
        ("Python Praktikum", OfferType.INTERNSHIP, Format.ON_SITE, "hildesheim", True, True, None),
        ("Cloud Vortrag", OfferType.TALK, Format.HYBRID, "hannover", False, True, later),
        ("Cloud Hackathon", OfferType.HACKATHON, Format.ON_SITE, "hameln", True, False, soon),
        (
            "Abschlussarbeit Robotik",
            OfferType.THESIS,
            Format.ON_SITE,
            "hildesheim",
            True,
            True,
            None,
        ),
    ]
    for title, kind, fmt, where, students, graduates, starts in offers:
        offer = factories.OfferPageFactory(
            title=title,
            offer_type=kind,
            format=fmt,
            place=factories.place(where) if where else None,
            for_students=students,
            for_graduates=graduates,
            starts_at=starts,
            ends_at=starts and starts + datetime.timedelta(hours=2),
            partner=weser if "Cloud" in title else None,
            language=held_in.get(title, "de"),
        )
        if "Cloud" in title:
            offer.topics.add("Cloud")
            offer.competences.set([factories.competence("B.1")])
            offer.save_revision().publish()
    factories.OfferPageFactory(
        title="Python Abgelaufen", valid_through=timezone.localdate() - datetime.timedelta(days=2)
    )
    factories.ChallengePageFactory(title="Python Challenge", format=Format.ONLINE, place=None)
    factories.ChallengePageFactory(
        title="Cloud Challenge", phases=factories.phases_for("finished"), partner=weser
    )
    factories.ArticlePageFactory(title="Python im Studium")


@pytest.fixture(params=["database", "elasticsearch"])
def backend(request, settings):
    _content()
    if request.param == "elasticsearch":
        client = request.getfixturevalue("elasticsearch")
        for language in LANGUAGES:
            rebuild(client, language)
    else:
        settings.ELASTICSEARCH_URL = ""
    return request.param


def _search(text: str = "", **filters) -> service.Result:
    return service.search(service.Query(language="de", text=text, filters=filters))


def _counts(result: service.Result) -> dict:
    return {name: {v.value: v.count for v in values} for name, values in result.facets.items()}


EXPECTED_ALL = {
    "content_type": {"offer": 5, "challenge": 2, "partner": 2, "article": 1},
    "format": {"online": 2, "on_site": 3, "hybrid": 2},
    "place": {"hildesheim": 3, "hameln": 2, "hannover": 1},
    "partner": {"weserbyte": 4, "leinedata": 1},
    "status": {"application_open": 1, "finished": 1},
    "date": {"week": 2, "month": 2, "later": 1},
    "working_language": {"de": 4, "en": 2},
}


@pytest.mark.elasticsearch
@pytest.mark.parametrize(
    ("text", "filters", "titles"),
    [
        ("", {"content_type": ["challenge"]}, {"Python Challenge", "Cloud Challenge"}),
        (
            "Python",
            {},
            {"Python Workshop", "Python Praktikum", "Python Challenge", "Python im Studium"},
        ),
        ("Python", {"format": ["online"]}, {"Python Workshop", "Python Challenge"}),
        (
            "",
            {"format": ["online", "hybrid"], "content_type": ["offer"]},
            {"Python Workshop", "Cloud Vortrag"},
        ),
        (
            "",
            {"audience": ["graduates"], "place": ["hildesheim"]},
            {"Python Praktikum", "Abschlussarbeit Robotik"},
        ),
        ("", {"status": ["finished"]}, {"Cloud Challenge"}),
        (
            "Cloud",
            {"partner": ["weserbyte"]},
            {"Cloud Vortrag", "Cloud Hackathon", "Cloud Challenge"},
        ),
        ("", {"offer_type": ["thesis"], "format": ["online"]}, set()),
    ],
)
def test_both_backends_find_the_same(backend, text, filters, titles):
    result = _search(text, **filters)

    assert result.backend == backend
    assert {hit.title for hit in result.hits} == titles
    assert result.count == len(titles)


@pytest.mark.elasticsearch
def test_both_backends_count_facets_alike(backend):
    counts = _counts(_search())

    for name, expected in EXPECTED_ALL.items():
        assert counts[name] == expected, name
    # A facet's own choice does not narrow its counts; the other facets' choices do.
    narrowed = _counts(_search(format=["online"], content_type=["offer"]))
    assert narrowed["format"] == {"online": 1, "on_site": 3, "hybrid": 1}
    assert narrowed["content_type"] == {"offer": 1, "challenge": 1}


# Independent counts from the ORM, for the facets an ORM filter can express directly.
def _orm_match(model, facet: str, values: list[str]):
    """A Q for one facet on one model, or None when the model never has that facet."""
    if facet == "content_type":
        kind = {OfferPage: "offer", ChallengePage: "challenge", PartnerPage: "partner"}.get(
            model, "article"
        )
        return Q() if kind in values else None
    if facet == "format":
        return Q(format__in=values) if model in (OfferPage, ChallengePage) else None
    if facet == "offer_type":
        return Q(offer_type__in=values) if model is OfferPage else None
    if facet == "place":
        if model is PartnerPage:
            return Q(cities__slug__in=values)
        return Q(place__slug__in=values) if model in (OfferPage, ChallengePage) else None
    if facet == "working_language":
        held = {"de": ["de", "de_en"], "en": ["en", "de_en"]}
        languages = [code for value in values for code in held[value]]
        return Q(language__in=languages) if model is OfferPage else None
    if facet == "audience" and model is OfferPage:
        q = Q(pk__in=[])
        for value in values:
            q |= Q(**{f"for_{value}": True})
        return q
    return None


def _orm_count(filters: dict[str, list[str]]) -> int:
    total = 0
    for model in (OfferPage, ChallengePage, PartnerPage, ArticlePage):
        pages = model.objects.live().public().filter(locale__language_code="de")
        if model is OfferPage:
            pages = pages.current()
        for facet, values in filters.items():
            match = _orm_match(model, facet, values)
            if match is None:
                pages = pages.none()
                break
            pages = pages.filter(match)
        total += pages.distinct().count()
    return total


FILTERS = st.fixed_dictionaries(
    {},
    optional={
        "content_type": st.lists(
            st.sampled_from(["offer", "challenge", "partner", "article"]), min_size=1, unique=True
        ),
        "format": st.lists(st.sampled_from([f.value for f in Format]), min_size=1, unique=True),
        "offer_type": st.lists(
            st.sampled_from(["workshop", "internship", "talk", "thesis"]), min_size=1, unique=True
        ),
        "place": st.lists(st.sampled_from(PLACES), min_size=1, unique=True),
        "audience": st.lists(
            st.sampled_from(["students", "graduates", "employers"]), min_size=1, unique=True
        ),
        "working_language": st.lists(st.sampled_from(["de", "en"]), min_size=1, unique=True),
    },
)


@pytest.mark.elasticsearch
@hypothesis_settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(filters=FILTERS)
def test_facet_counts_equal_database_counts(backend, filters):
    result = _search(**filters)

    assert result.count == _orm_count(filters)
    for facet, values in result.facets.items():
        if facet not in (
            "content_type",
            "format",
            "offer_type",
            "place",
            "audience",
            "working_language",
        ):
            continue
        others = {name: chosen for name, chosen in filters.items() if name != facet}
        for value in values:
            assert value.count == _orm_count({**others, facet: [value.value]}), (facet, value)


@pytest.mark.elasticsearch
@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"working_language": ["en"]},
        {"working_language": ["de"], "offer_type": ["talk", "hackathon"]},
        {"format": ["on_site", "hybrid"], "status": ["finished", "announced"]},
        {"date": ["week", "later"], "content_type": ["offer"]},
        {"partner": ["weserbyte"], "place": ["hameln"]},
        {"topic": ["cloud"], "competence": ["B.1"], "audience": ["graduates"]},
    ],
)
def test_every_registered_facet_counts_alike_on_both_backends(elasticsearch, filters):
    from search.backends import database
    from search.facets import FACETS

    _content()
    for language in LANGUAGES:
        rebuild(elasticsearch, language)

    on_elasticsearch = _search(**filters)
    on_database = database.search(service.Query(language="de", filters=filters))

    assert on_elasticsearch.backend == "elasticsearch"
    assert set(on_elasticsearch.facets) == set(on_database.facets) == {f.name for f in FACETS}
    assert _counts(on_elasticsearch) == _counts(on_database)
    assert on_elasticsearch.count == on_database.count
    assert {hit.page_id for hit in on_elasticsearch.hits} == {
        hit.page_id for hit in on_database.hits
    }
