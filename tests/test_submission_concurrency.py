"""Employers who send the offer form at the same moment each get their draft and workflow: on
PostgreSQL (CI) their drafts would otherwise race for the same place in the page tree."""

import threading

import pytest

from django.core.cache import caches
from django.db import connection
from django.test import Client

from wagtail.models import WorkflowState

from offers.models import OfferSubmission
from tests import factories
from tests.public_forms import offer_form_data

SENDERS = 8


@pytest.fixture(autouse=True)
def forget_the_senders():
    """Eight sends from one address fill its rate limit, kept in the database cache, which no
    flush empties: the tests after this one start with a fresh allowance."""
    yield
    caches["shared"].clear()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite writes one transaction at a time (BEGIN IMMEDIATE), so drafts cannot race; "
    "its in-memory test database refuses threads writing at once",
)
def test_submissions_sent_at_the_same_moment_each_get_a_draft_and_a_workflow(settings):
    settings.PUBLIC_FORMS_RATE_LIMIT = 100
    factories.PartnerIndexPageFactory()
    factories.OfferIndexPageFactory()
    forms = [
        offer_form_data(title=f"Workshop {n}", organisation_name="Leinecode GmbH")
        for n in range(SENDERS)
    ]
    together = threading.Barrier(SENDERS)
    answers = []

    def send(form: dict) -> None:
        try:
            together.wait()
            answers.append(Client().post("/de/angebot-einreichen/", form).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=(form,)) for form in forms]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert answers == [302] * SENDERS
    pages = list(OfferSubmission.objects.values_list("page_id", flat=True))
    assert len(pages) == SENDERS and None not in pages
    assert WorkflowState.objects.filter(object_id__in=[str(pk) for pk in pages]).count() == SENDERS
