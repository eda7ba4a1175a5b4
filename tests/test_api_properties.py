"""Property-based run of schemathesis against the OpenAPI description: generated requests to
every endpoint never get a server error, and every answer has the documented status,
content type and shape."""

import pytest
import schemathesis
import wagtail_factories
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections
from django.urls import Resolver404, resolve

from wagtail.documents.models import Document

from cms.api.openapi import description
from tests import factories


def _routed(path: str) -> bool:
    try:
        return resolve(path).func.__name__ != "not_found"
    except Resolver404:
        return False


schema = schemathesis.openapi.from_dict(description())
# The search endpoints come from the search app; checked here once they are routed.
if not _routed("/api/v2/search/"):
    schema = schema.exclude(path_regex="^/api/v2/search/")

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def content(db):
    partner = factories.PartnerPageFactory()
    offer = factories.OfferPageFactory(
        partner=partner, listing_image=wagtail_factories.ImageFactory()
    )
    offer.topics.add("Cloud")
    offer.competences.set([factories.competence("B.1")])
    offer.save()
    factories.ChallengePageFactory(partner=partner)
    factories.ArticlePageFactory()
    Document.objects.create(title="Flyer", file=wagtail_factories.DocumentFactory().file)


APP = WSGIHandler()


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """Calling the WSGI app sends request_started/finished, whose close_old_connections would
    close the test's own connection mid-transaction on PostgreSQL; Django's test client
    disconnects it the same way."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_generated_requests_get_documented_answers(case, content):
    case.call_and_validate(app=APP, checks=CHECKS)
