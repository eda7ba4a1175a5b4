"""The benchmark's precision-at-3 report: it asks the search API as visitors do, hands
`search.quality` the ranked slugs, and says so when the module is missing rather than failing.

The quality module itself belongs to search; here a stand-in with one judged query shows what
the benchmark hands it."""

import sys
import types

import pytest

from cms.bench import quality
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def stand_in(monkeypatch):
    """A `search.quality` with one judgment: the expected page's slug for a query."""
    asked: list[tuple[str, str, list[str]]] = []
    module = types.ModuleType("search.quality")
    module.JUDGMENTS = [("de", "Zauberwortkurs", "zauberwortkurs-in-hameln")]

    def precision_at_3(search) -> float:
        found = 0
        for language, query, slug in module.JUDGMENTS:
            ranked = search(language, query)
            asked.append((language, query, ranked))
            found += slug in ranked[:3]
        return found / len(module.JUDGMENTS)

    module.precision_at_3 = precision_at_3
    monkeypatch.setitem(sys.modules, "search.quality", module)
    return asked


def test_precision_at_3_on_the_database_from_the_api_s_ranked_slugs(stand_in):
    factories.OfferPageFactory(title="Zauberwortkurs in Hameln", slug="zauberwortkurs-in-hameln")
    factories.OfferPageFactory(title="Python am Abend", slug="python-am-abend")

    found = quality.measure_quality(log=lambda *args: None)

    assert found["database"] == 1.0
    assert found["judgments"] == 1
    assert stand_in == [("de", "Zauberwortkurs", ["zauberwortkurs-in-hameln"])]
    # Without ELASTICSEARCH_URL only the database is measured, and the report says why.
    assert found["elasticsearch"] is None
    assert found["missing"] == "Elasticsearch"


@pytest.mark.elasticsearch
def test_precision_at_3_on_elasticsearch_and_the_database(stand_in, elasticsearch):
    factories.OfferPageFactory(title="Zauberwortkurs in Hameln", slug="zauberwortkurs-in-hameln")

    found = quality.measure_quality(log=lambda *args: None)

    assert found["elasticsearch"] == 1.0
    assert found["database"] == 1.0
    assert "missing" not in found
    assert len(stand_in) == 2  # once per backend


def test_a_missing_quality_module_is_reported_not_raised(monkeypatch):
    monkeypatch.setitem(sys.modules, "search.quality", None)  # import fails as if absent
    lines: list[str] = []

    found = quality.measure_quality(log=lines.append)

    assert found == {"elasticsearch": None, "database": None, "missing": "search.quality"}
    assert lines == ["  search.quality is missing: precision at 3 not measured"]
