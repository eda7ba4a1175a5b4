"""Keeping the per-language indexes in step with the live pages.

Each language has an alias (<prefix>-de) that points at one concrete index
(<prefix>-de-<timestamp>). Updates write through the alias; a rebuild fills a fresh index
and swaps the alias when it is complete, so search keeps answering meanwhile.
"""

import datetime
import itertools
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

from elasticsearch import Elasticsearch
from elasticsearch.helpers import bulk, scan

from search.adapters import all_documents, document_for, searchable_ids
from search.documents import LANGUAGES, build_index, index_name


def concrete_indexes(client: Elasticsearch, language: str) -> list[str]:
    """The concrete indexes the language's alias points at (none before the first build)."""
    alias = index_name(language)
    if not client.indices.exists_alias(name=alias):
        return []
    return sorted(client.indices.get_alias(name=alias).keys())


# Creating an index takes longer than answering a query.
ADMIN_TIMEOUT = 30


# While a rebuild fills an index nobody reads yet: no refreshes and no replicas to copy to.
# The index gets its own settings back before the alias points at it.
BUILDING = {"refresh_interval": "-1", "number_of_replicas": 0}


def create_index(client: Elasticsearch, language: str, building: bool = False) -> str:
    """A new, empty concrete index for one language; returns its name."""
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S%f")
    name = f"{index_name(language)}-{stamp}"
    index = build_index(language, name)
    if building:
        index.settings(**BUILDING)
    index.create(using=client.options(request_timeout=ADMIN_TIMEOUT))
    return name


def finish_building(client: Elasticsearch, language: str, name: str) -> None:
    """Give a freshly filled index its own settings back and make its documents searchable."""
    declared = build_index(language, name).to_dict().get("settings", {})
    # None resets a setting to Elasticsearch's default.
    restored = {key: declared.get(key) for key in BUILDING}
    admin = client.options(request_timeout=ADMIN_TIMEOUT)
    admin.indices.put_settings(index=name, settings={"index": restored})
    admin.indices.refresh(index=name)


def point_alias(client: Elasticsearch, language: str, name: str) -> list[str]:
    """Point the language's alias at `name` in one step; returns the indexes it left."""
    alias = index_name(language)
    old = concrete_indexes(client, language)
    if not old and client.indices.exists(index=alias):
        # An index (not an alias) under the alias's name: from before aliases were used.
        client.indices.delete(index=alias)
    actions = [{"remove": {"index": index, "alias": alias}} for index in old]
    actions.append({"add": {"index": name, "alias": alias}})
    client.options(request_timeout=ADMIN_TIMEOUT).indices.update_aliases(actions=actions)
    return [index for index in old if index != name]


def ensure_index(client: Elasticsearch, language: str) -> None:
    """Create the language's index and alias if they do not exist yet."""
    if not client.indices.exists(index=index_name(language)):
        point_alias(client, language, create_index(client, language))


def delete_indexes(client: Elasticsearch, names: Iterable[str]) -> None:
    """Delete indexes by exact name, as a cluster with destructive_requires_name demands."""
    for name in names:
        client.options(request_timeout=ADMIN_TIMEOUT).indices.delete(
            index=name, ignore_unavailable=True
        )


def _action(document: dict, index: str) -> dict:
    return {"_index": index, "_id": document["page_id"], "_source": document}


def sync_page(client: Elasticsearch, page_id: int, language: str) -> str:
    """Bring one page's document in line with the page; returns 'indexed' or 'removed'."""
    found = document_for(page_id)
    ensure_index(client, language)
    alias = index_name(language)
    if found is not None and found[1] is not None and found[0] == language:
        client.index(index=alias, id=str(page_id), document=found[1])
        return "indexed"
    client.options(ignore_status=404).delete(index=alias, id=str(page_id))
    return "removed"


def rebuild(
    client: Elasticsearch, language: str, progress: Callable[[int], None] | None = None
) -> int:
    """Fill a fresh index with every searchable page, then swap the alias; returns the count."""
    name = create_index(client, language, building=True)
    count = 0
    try:
        for indexed in _bulk(client, all_documents(language), name):
            count += indexed
            if progress:
                progress(count)
        finish_building(client, language, name)
    except BaseException:
        delete_indexes(client, [name])
        raise
    delete_indexes(client, point_alias(client, language, name))
    return count


# Documents per bulk request (about 1.5 MB of offers).
BULK_SIZE = 500


def _chunks(documents: Iterable[dict], size: int) -> Iterator[list[dict]]:
    documents = iter(documents)
    while chunk := list(itertools.islice(documents, size)):
        yield chunk


def _send(client: Elasticsearch, documents: list[dict], index: str) -> int:
    """Index one chunk; raises BulkIndexError when any document is refused."""
    indexed, _errors = bulk(
        client, (_action(document, index) for document in documents), chunk_size=len(documents)
    )
    return indexed


def _bulk(client: Elasticsearch, documents: Iterable[dict], index: str) -> Iterator[int]:
    """How many documents each bulk request indexed. The next chunk is built (the database,
    Python) while Elasticsearch indexes the one before, so neither waits for the other."""
    with ThreadPoolExecutor(max_workers=1) as sender:
        pending = None
        for chunk in _chunks(documents, BULK_SIZE):
            sending = sender.submit(_send, client, chunk, index)
            if pending is not None:
                yield pending.result()
            pending = sending
        if pending is not None:
            yield pending.result()


def indexed_ids(client: Elasticsearch, language: str) -> set[str]:
    alias = index_name(language)
    if not client.indices.exists(index=alias):
        return set()
    hits = scan(client, index=alias, query={"query": {"match_all": {}}}, _source=False)
    return {hit["_id"] for hit in hits}


def check(client: Elasticsearch, language: str) -> tuple[set[str], set[str]]:
    """(missing, extra): pages not in the index, and documents of no searchable page."""
    expected = searchable_ids(language)
    present = indexed_ids(client, language)
    return expected - present, present - expected


def fix(client: Elasticsearch, language: str, missing: set[str], extra: set[str]) -> None:
    ensure_index(client, language)
    alias = index_name(language)
    for page_id in missing:
        sync_page(client, int(page_id), language)
    actions = [{"_op_type": "delete", "_index": alias, "_id": page_id} for page_id in extra]
    bulk(client, actions, raise_on_error=False)
    client.indices.refresh(index=alias)


__all__ = ["LANGUAGES", "check", "fix", "index_name", "rebuild", "sync_page"]
