#!/usr/bin/env python3
"""Developer smoke check for the local Elasticsearch node (tools/elasticsearch/es.sh); not part of the pytest suite.

    URL=$(tools/elasticsearch/es.sh start) && python tools/elasticsearch/smoke_test.py "$URL"

Needs the `elasticsearch` 8.x client (8.18 or later: it includes `elasticsearch.dsl`). Creates and finally deletes the index
`proxlab-smoke`. Exits non-zero on the first failed check.
"""

import os
import sys

from elasticsearch import Elasticsearch
from elasticsearch.dsl import Document, Keyword, Search, Text, connections

URL = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("ES_URL", "http://127.0.0.1:9200")
INDEX = "proxlab-smoke"

SETTINGS = {
    "number_of_shards": 1,
    "number_of_replicas": 0,
    "analysis": {
        "filter": {
            "de_synonyms": {
                "type": "synonym_graph",
                "synonyms": ["KI, AI, künstliche intelligenz"],
                "lenient": True,
            },
            "de_stemmer": {"type": "stemmer", "language": "light_german"},
            "de_decompounder": {
                "type": "dictionary_decompounder",
                "word_list": ["software", "haus", "häuser", "exkursion"],
                "min_subword_size": 4,
                "only_longest_match": True,
            },
            "autocomplete_ngrams": {"type": "edge_ngram", "min_gram": 2, "max_gram": 20},
        },
        "analyzer": {
            # index time: no synonyms (synonym_graph belongs in search analyzers)
            "de_index": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "de_decompounder", "german_normalization", "de_stemmer"],
            },
            "de_search": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "de_synonyms", "german_normalization", "de_stemmer"],
            },
            "autocomplete_index": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "asciifolding", "autocomplete_ngrams"],
            },
            "autocomplete_search": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "asciifolding"],
            },
        },
    },
}

MAPPINGS = {
    "properties": {
        "title": {
            "type": "text",
            "analyzer": "de_index",
            "search_analyzer": "de_search",
            "fields": {
                "autocomplete": {
                    "type": "text",
                    "analyzer": "autocomplete_index",
                    "search_analyzer": "autocomplete_search",
                }
            },
        },
        "kind": {"type": "keyword"},
        "city": {"type": "keyword"},
        "date": {"type": "date"},
    }
}

DOCS = {
    "1": {
        "title": "Workshop Künstliche Intelligenz für Studierende",
        "kind": "workshop",
        "city": "Hildesheim",
        "date": "2025-03-10",
    },
    "2": {
        "title": "Exkursion zu Softwarehäusern",
        "kind": "excursion",
        "city": "Hannover",
        "date": "2025-04-02",
    },
    "3": {
        "title": "Workshop Datenbanken",
        "kind": "workshop",
        "city": "Hannover",
        "date": "2025-04-20",
    },
}

passed = failures = 0


def check(label, condition, detail=""):
    global passed, failures
    print(("ok    " if condition else "FAIL  ") + label + (f"  ({detail})" if detail else ""))
    if condition:
        passed += 1
    else:
        failures += 1


def ids(response):
    return sorted(hit["_id"] for hit in response["hits"]["hits"])


es = Elasticsearch(URL, request_timeout=30)

info = es.info()
check(
    "info()",
    info["tagline"] == "You Know, for Search" and info["version"]["number"].startswith("8."),
    f"{info['name']} / {info['cluster_name']} / Elasticsearch {info['version']['number']}",
)
check("ping()", es.ping())

es.options(ignore_status=404).indices.delete(index=INDEX)
es.indices.create(index=INDEX, settings=SETTINGS, mappings=MAPPINGS)
for doc_id, doc in DOCS.items():
    es.index(index=INDEX, id=doc_id, document=doc)
es.indices.refresh(index=INDEX)

tokens = [
    t["token"]
    for t in es.indices.analyze(index=INDEX, analyzer="de_search", text="KI für Studierende")[
        "tokens"
    ]
]
check(
    "_analyze de_search",
    {"ki", "ai", "kunstlich", "intelligenz", "studierend"} <= set(tokens),
    " ".join(tokens),
)

r = es.search(index=INDEX, query={"match": {"title": "Studierender"}})
check('"Studierender" finds doc 1 (light_german stemming)', ids(r) == ["1"], ids(r))

r = es.search(index=INDEX, query={"match": {"title": "KI"}})
check('"KI" finds doc 1 (synonym_graph -> künstliche intelligenz)', ids(r) == ["1"], ids(r))

r = es.search(index=INDEX, query={"match": {"title": "AI"}})
check('"AI" finds doc 1 (synonym_graph)', ids(r) == ["1"], ids(r))

r = es.search(index=INDEX, query={"match": {"title": "Software"}})
check('"Software" finds doc 2 (dictionary_decompounder)', ids(r) == ["2"], ids(r))

r = es.search(index=INDEX, query={"match": {"title.autocomplete": "Works"}})
check('prefix "Works" on title.autocomplete (edge_ngram)', ids(r) == ["1", "3"], ids(r))

r = es.search(index=INDEX, query={"match": {"title.autocomplete": "kunstl"}})
check('prefix "kunstl" on title.autocomplete (asciifolding)', ids(r) == ["1"], ids(r))

r = es.search(
    index=INDEX,
    size=10,
    query={"match_all": {}},
    aggs={
        "kinds": {"terms": {"field": "kind"}},
        "in_hannover": {"filter": {"term": {"city": "Hannover"}}},
        "by_city": {
            "filters": {
                "filters": {
                    "hi": {"term": {"city": "Hildesheim"}},
                    "h": {"term": {"city": "Hannover"}},
                }
            }
        },
        "everything": {"global": {}, "aggs": {"cities": {"terms": {"field": "city"}}}},
        "per_month": {"date_histogram": {"field": "date", "calendar_interval": "month"}},
    },
    post_filter={"term": {"kind": "workshop"}},
)
aggs = r["aggregations"]
kinds = {b["key"]: b["doc_count"] for b in aggs["kinds"]["buckets"]}
check("terms agg ignores post_filter", kinds == {"workshop": 2, "excursion": 1}, kinds)
check("post_filter narrows hits", ids(r) == ["1", "3"], ids(r))
check("filter agg", aggs["in_hannover"]["doc_count"] == 2, aggs["in_hannover"]["doc_count"])
check(
    "filters agg",
    {k: v["doc_count"] for k, v in aggs["by_city"]["buckets"].items()} == {"hi": 1, "h": 2},
)
check("global agg", aggs["everything"]["doc_count"] == 3)
months = {b["key_as_string"][:7]: b["doc_count"] for b in aggs["per_month"]["buckets"]}
check("date_histogram agg", months == {"2025-03": 1, "2025-04": 2}, months)

# elasticsearch.dsl Document / Search
connections.create_connection(hosts=[URL], request_timeout=30)


class Event(Document):
    title = Text(analyzer="de_index", search_analyzer="de_search")
    kind = Keyword()
    city = Keyword()

    class Index:
        name = INDEX


Event(meta={"id": "4"}, title="Vortrag über KI in der Lehre", kind="talk", city="Hildesheim").save(
    refresh=True
)
s = (
    Search(index=INDEX)
    .query("match", title="künstliche Intelligenz")
    .filter("term", city="Hildesheim")
)
s.aggs.bucket("kinds", "terms", field="kind")
resp = s.execute()
found = sorted(hit.meta.id for hit in resp)
check("elasticsearch.dsl Search (synonym both ways)", found == ["1", "4"], found)
check(
    "elasticsearch.dsl aggregation",
    {b.key for b in resp.aggregations.kinds.buckets} == {"workshop", "talk"},
)
check("elasticsearch.dsl Document.get", Event.get(id="4").kind == "talk")

es.indices.delete(index=INDEX)
print(f"{passed} passed, {failures} failed")
sys.exit(1 if failures else 0)
