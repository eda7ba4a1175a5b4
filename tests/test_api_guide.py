"""A newcomer who reads only /api/v2/docs/ lists the upcoming English workshops in Hildesheim
with their partners, fetches one with its German original and runs a faceted search.

Every request is taken from the guide the docs page shows or built from parameters the
description documents (and each value must fit its documented schema); every answer must have
a documented status and shape.
"""

import datetime
import re
from urllib.parse import parse_qsl, urlsplit

import jsonschema_rs
import pytest
from bs4 import BeautifulSoup

from django.utils import timezone

from offers.choices import OfferType
from tests import factories
from tests.api_description import assert_matches_description

pytestmark = pytest.mark.django_db


@pytest.fixture
def description(client) -> dict:
    """The description exactly as the docs page loads it."""
    docs = client.get("/api/v2/docs/")
    assert docs.status_code == 200
    spec_url = BeautifulSoup(docs.text, "html.parser").select_one("#swagger-ui")["data-spec-url"]
    return client.get(spec_url).json()


def guide_examples(description: dict) -> list[str]:
    """The requests of the guide's "Try it", in its order."""
    try_it = description["info"]["description"].split("**Try it:**")[1].split("**Conventions")[0]
    return re.findall(r"`GET (/api/v2/[^`\s]+)`", try_it)


def documented_path(description: dict, path: str) -> str:
    template = re.sub(r"/\d+/", "/{id}/", path)
    assert template in description["paths"], f"{path} is not documented"
    return template


def check_parameter(parameters: dict, name: str, values: list[str]) -> None:
    assert name in parameters, f"parameter {name} is not documented"
    parameter = parameters[name]
    schema = parameter["schema"]
    if schema.get("type") == "array":
        if parameter.get("explode", True) is False:
            values = [item for value in values for item in value.split(",")]
        instance = values
    else:
        assert len(values) == 1, f"{name} is documented as one value"
        instance = int(values[0]) if schema.get("type") == "integer" else values[0]
    errors = [e.message for e in jsonschema_rs.Draft202012Validator(schema).iter_errors(instance)]
    assert not errors, f"{name}={values}: {errors}"


def documented_get(client, description: dict, url: str) -> dict:
    """GET `url` after checking that its path and every parameter are documented and valid;
    the answer must match the description."""
    parts = urlsplit(url)
    template = documented_path(description, parts.path)
    parameters = {p["name"]: p for p in description["paths"][template]["get"]["parameters"]}
    query: dict[str, list[str]] = {}
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        query.setdefault(name, []).append(value)
    for name, values in query.items():
        check_parameter(parameters, name, values)
    response = client.get(url)
    assert response.status_code == 200, response.content
    return assert_matches_description(response, template)


@pytest.fixture
def hildesheim_workshops():
    """Two English workshops in Hildesheim by translated partners, and what must not match:
    a talk, a workshop in Hameln, one that has started, a German-only one."""
    soon = timezone.now() + datetime.timedelta(days=7)
    made = []
    for title, english, partner_names, days in [
        ("Cloud-Workshop", "Cloud workshop", ("Weserbyte GmbH", "Weserbyte Ltd"), 30),
        ("Git-Workshop", "Git workshop", ("Leinecode GmbH", "Leinecode Ltd"), 7),
    ]:
        partner = factories.PartnerPageFactory(title=partner_names[0])
        factories.translate(partner, {partner_names[0]: partner_names[1]})
        offer = factories.OfferPageFactory(
            title=title, partner=partner, starts_at=timezone.now() + datetime.timedelta(days=days)
        )
        factories.translate(offer, {title: english, offer.slug: english.lower().replace(" ", "-")})
        made.append(offer)
    for offer in [
        factories.OfferPageFactory(title="Cloud-Vortrag", offer_type=OfferType.TALK),
        factories.OfferPageFactory(title="Cloud in Hameln", place=factories.place("hameln")),
        factories.OfferPageFactory(
            title="Cloud gestern", starts_at=timezone.now() - datetime.timedelta(days=1)
        ),
    ]:
        factories.translate(offer, {offer.title: f"{offer.title} (EN)"})
    factories.OfferPageFactory(title="Nur auf Deutsch", starts_at=soon)
    return made


def test_a_newcomer_does_what_the_docs_page_shows(client, description, hildesheim_workshops):
    cloud, _git = hildesheim_workshops
    workshops_url, detail_url, german_url, search_url = guide_examples(description)

    # 1. The upcoming English workshops in Hildesheim, soonest first, with their partners.
    listed = documented_get(client, description, workshops_url)
    items = listed["items"]
    assert [item["title"] for item in items] == ["Git workshop", "Cloud workshop"]
    assert [item["partner"]["name"] for item in items] == ["Leinecode Ltd", "Weserbyte Ltd"]
    assert all(item["meta"]["locale"] == "en" for item in items)
    assert items[0]["meta"]["html_url"].endswith("/en/angebote/git-workshop/")

    # 2. One of them with all its fields, and its German original.
    english_id = items[1]["id"]
    detail = documented_get(client, description, detail_url.replace("{id}", str(english_id)))
    assert detail["offer_type"] == "workshop" and detail["place"]["slug"] == "hildesheim"
    (original,) = [t for t in detail["translations"] if t["locale"] == "de"]
    assert (original["id"], original["title"]) == (cloud.pk, "Cloud-Workshop")
    german = documented_get(client, description, german_url.replace("{id}", str(english_id)))
    (german_page,) = german["items"]
    assert german_page["id"] == cloud.pk and german_page["meta"]["locale"] == "de"
    assert german_page["teaser"] == cloud.teaser
    by_id = documented_get(client, description, f"/api/v2/pages/{original['id']}/")
    assert by_id["title"] == "Cloud-Workshop"

    # 3. A faceted search: hits, facet counts, the chosen value marked.
    found = documented_get(client, description, search_url)
    assert [hit["title"] for hit in found["results"]] == ["Cloud workshop"]
    offer_types = {value["value"]: value for value in found["facets"]["offer_type"]}
    assert offer_types["workshop"]["selected"] and offer_types["workshop"]["count"] == 1
    # Each facet counts with the other facets' filters but not its own.
    assert offer_types["talk"]["count"] == 1 and not offer_types["talk"]["selected"]
    places = {value["value"]: value for value in found["facets"]["place"]}
    assert places["hameln"]["count"] == 1 and places["hildesheim"]["selected"]


def test_the_guide_names_only_documented_parameters(description):
    """Each parameter in the guide's examples is documented for its endpoint."""
    examples = guide_examples(description)
    assert len(examples) == 4
    for url in examples:
        parts = urlsplit(url)
        template = documented_path(description, parts.path)
        documented = {p["name"] for p in description["paths"][template]["get"]["parameters"]}
        assert {name for name, _value in parse_qsl(parts.query)} <= documented, url


def test_every_schema_in_the_description_reads_the_same_in_any_client(description):
    """Patterns are ECMA-262 regular expressions, as OpenAPI says (a JavaScript client reads
    Python's \\Z as the letter Z and would refuse every slug)."""
    schemas = [
        parameter["schema"]
        for path in description["paths"].values()
        for parameter in path["get"]["parameters"]
    ]
    schemas += [
        {**schema, "components": description["components"]}
        for schema in description["components"]["schemas"].values()
    ]
    for schema in schemas:
        jsonschema_rs.Draft202012Validator(schema)  # raises on a pattern that is no ECMA regex
    assert "\\Z" not in str(description) and "\\A" not in str(description)
