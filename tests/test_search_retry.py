"""A failed index update is retried by the task worker after a pause, with no editor involved:
the real database task backend and worker, the real node behind a real TCP proxy."""

import time

import pytest
from django_tasks_db.management.commands import db_worker
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from home.content_cache import shared_cache
from search.elastic import get_client
from search.indexing import check, rebuild
from search.models import IndexFailure
from search.tasks import RETRY_KEY, retry_delay
from tests import factories
from tests.test_search_elasticsearch import proxy  # noqa: F401 (a fixture)

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


@pytest.fixture
def worker_backend(settings, monkeypatch):
    """Tasks wait in the database for the worker, as in production. Between tasks the worker
    recycles its connection as a request does; inside the test's transaction that would close
    it, so here it keeps it, as Django's test client does for requests."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    shared_cache().delete(RETRY_KEY)
    yield
    shared_cache().delete(RETRY_KEY)


def _work() -> None:
    """The worker runs every task that is due, then stops (`db_worker --batch`). On SQLite a
    test's transaction cannot take the worker's exclusive lock, so there its loop is run with
    the worker's own claim and run_task."""
    if connection.vendor != "sqlite":
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
        return
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
    )
    while (due := DBTaskResult.objects.ready().order_by("enqueued_at").first()) is not None:
        due.claim(worker.worker_id)
        worker.run_task(due)


def _queued_retries():
    return DBTaskResult.objects.filter(
        task_path="search.tasks.retry_failed_updates", status="READY"
    )


def test_the_worker_retries_a_failed_update_after_a_pause(
    proxy,  # noqa: F811
    worker_backend,
    settings,
    django_capture_on_commit_callbacks,
):
    settings.SEARCH_RETRY_FIRST_SECONDS = 2
    factories.OfferPageFactory(title="Cloud Workshop")
    for language in ("de", "en"):
        rebuild(get_client(30), language)
    proxy.down()

    offer = factories.OfferPageFactory(title="Cloud Sprechstunde", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        offer.save_revision().publish()
    _work()  # the update fails: recorded, and one retry queued for later

    assert IndexFailure.objects.filter(page_id=offer.pk, language="de").exists()
    retry = _queued_retries().get()
    assert retry.run_after > timezone.now()
    _work()  # not due yet: nothing happens
    assert _queued_retries().count() == 1
    assert IndexFailure.objects.exists()

    proxy.up("forward")
    time.sleep(max(0.0, (retry.run_after - timezone.now()).total_seconds()) + 0.2)
    _work()

    get_client(30).indices.refresh(index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}-de")
    assert not IndexFailure.objects.exists()
    assert not _queued_retries().exists()
    assert check(get_client(30), "de") == (set(), set())


def test_a_retry_that_fails_again_waits_longer(
    proxy,  # noqa: F811
    worker_backend,
    settings,
    django_capture_on_commit_callbacks,
):
    settings.SEARCH_RETRY_FIRST_SECONDS = 1
    proxy.down()
    offer = factories.OfferPageFactory(title="Cloud Sprechstunde", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        offer.save_revision().publish()
    _work()
    first = _queued_retries().get()

    time.sleep(max(0.0, (first.run_after - timezone.now()).total_seconds()) + 0.2)
    _work()  # Elasticsearch is still down: the retry fails and queues the next, later

    second = _queued_retries().get()
    assert IndexFailure.objects.get(page_id=offer.pk, language="de").attempts == 2
    assert second.run_after - timezone.now() > first.run_after - first.enqueued_at
    # Many failures during an outage still queue one retry, not one each.
    with django_capture_on_commit_callbacks(execute=True):
        for title in ("Eins", "Zwei", "Drei"):
            factories.OfferPageFactory(title=title, live=False).save_revision().publish()
    _work()
    assert _queued_retries().count() == 1


def test_the_pause_doubles_up_to_a_limit(settings):
    settings.SEARCH_RETRY_FIRST_SECONDS = 30
    settings.SEARCH_RETRY_MAX_SECONDS = 3600
    assert [retry_delay(n) for n in (1, 2, 3, 4, 8, 500)] == [30, 60, 120, 240, 3600, 3600]
