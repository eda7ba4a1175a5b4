"""Index updates as background tasks: at once in development and tests, through the
database and `manage.py run_worker` in production. A failed update is recorded and retried;
it never reaches the editor who saved the page.

Retries: the next successful update retries what failed before, and when the task backend
can run a task later (the database backend can; the immediate one of tests cannot), a failure
queues one retry of every recorded failure after a growing pause (30 s, 1 min, 2 min … at most
an hour), which queues the next while any is left. So the index catches up after an outage
without an editor doing anything.
"""

import datetime
import logging

from django_tasks import task

from django.conf import settings
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone

from home.backoff import doubling_delay
from home.content_cache import new_generation, shared_cache
from search.elastic import UNAVAILABLE, available_client, report_failure
from search.indexing import sync_page
from search.models import IndexFailure

logger = logging.getLogger(__name__)

RETRY_BATCH = 50
# One retry queued at a time, across every worker: the shared cache holds when it runs.
RETRY_KEY = "search:retry-queued"


def _sync(page_id: int, language: str) -> bool:
    """Update one document; on failure record it for a retry. True when it worked."""
    client = available_client()
    error = "Elasticsearch is not answering (breaker open)."
    if client is not None:
        try:
            sync_page(client, page_id, language)
        except UNAVAILABLE as exc:
            report_failure()
            error = str(exc)[:500] or exc.__class__.__name__
        else:
            IndexFailure.objects.filter(page_id=page_id, language=language).delete()
            return True
    logger.warning("search index update of page %s (%s) failed: %s", page_id, language, error)
    failure, created = IndexFailure.objects.get_or_create(
        page_id=page_id, language=language, defaults={"error": error}
    )
    if not created:
        IndexFailure.objects.filter(pk=failure.pk).update(attempts=F("attempts") + 1, error=error)
    return False


def retry_failures(limit: int = RETRY_BATCH) -> int:
    """Retry recorded failures, oldest first, until one fails again; returns how many worked."""
    done = 0
    for failure in IndexFailure.objects.order_by("failed_at")[:limit]:
        if not _sync(failure.page_id, failure.language):
            break
        done += 1
    return done


def retry_delay(attempts: int) -> int:
    """Seconds to wait before retrying a failure that failed `attempts` times: doubling from
    SEARCH_RETRY_FIRST_SECONDS up to SEARCH_RETRY_MAX_SECONDS."""
    return doubling_delay(
        attempts,
        getattr(settings, "SEARCH_RETRY_FIRST_SECONDS", 30),
        getattr(settings, "SEARCH_RETRY_MAX_SECONDS", 3600),
    )


def schedule_retry() -> datetime.datetime | None:
    """Queue one retry of the recorded failures after a pause; returns when it runs, or None
    when none was queued (one is queued already, or the backend cannot wait)."""
    if not retry_failed_updates.get_backend().supports_defer:
        return None
    attempts = IndexFailure.objects.aggregate(most=Max("attempts"))["most"]
    if attempts is None:
        return None
    delay = retry_delay(attempts)
    run_after = timezone.now() + datetime.timedelta(seconds=delay)
    if not shared_cache().add(RETRY_KEY, run_after.isoformat(), timeout=delay + 60):
        return None
    try:
        retry_failed_updates.using(run_after=run_after).enqueue()
    except Exception:  # a broken queue must not break an update; the next failure tries again
        shared_cache().delete(RETRY_KEY)
        logger.exception("could not queue a retry of the failed search index updates")
        return None
    return run_after


def _finish(updated: bool) -> None:
    """Pages the index now shows differently: render them anew (a page cached between the
    publish and this update would show the old index); queue a retry while any failed."""
    if updated:
        new_generation()
    if IndexFailure.objects.exists():
        schedule_retry()


@task()
def update_document(page_id: int, language: str) -> None:
    """Index, re-index or remove one page's document in its language's index."""
    updated = _sync(page_id, language)
    if updated:
        retry_failures()
    _finish(updated)


@task()
def retry_failed_updates() -> int:
    """Retry every recorded failure; queued by a failure, after a pause (schedule_retry)."""
    shared_cache().delete(RETRY_KEY)
    done = retry_failures()
    _finish(done > 0)
    return done


def schedule_update(page_id: int, language: str) -> None:
    """Queue an update once the editor's transaction has committed; never raise into a save."""
    if not _enabled():
        return

    def enqueue():
        try:
            update_document.enqueue(page_id, language)
        except Exception:  # a broken queue must not break publishing
            logger.exception("could not queue the search update of page %s", page_id)

    transaction.on_commit(enqueue)


def _enabled() -> bool:
    from django.conf import settings

    return bool(settings.ELASTICSEARCH_URL)
