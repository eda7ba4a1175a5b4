"""The search index speaks German: a real Elasticsearch finds documents by German word forms."""

import pytest

from search.documents import PageDocument, index_name
from search.indexing import ensure_index

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


def _index(client, language: str, **fields) -> None:
    ensure_index(client, language)
    PageDocument(**fields).save(using=client, index=index_name(language), refresh=True)


def _titles(client, language: str, query: str, field: str = "title") -> list[str]:
    search = PageDocument.search(using=client, index=index_name(language))
    return [hit.title for hit in search.query("match", **{field: query}).execute()]


def test_german_document_is_found_by_another_word_form(elasticsearch):
    _index(elasticsearch, "de", page_id="1", title="Workshop für Studierende der Informatik")

    assert _titles(elasticsearch, "de", "Studierender") == [
        "Workshop für Studierende der Informatik"
    ]


def test_german_compound_is_found_by_its_part(elasticsearch):
    _index(elasticsearch, "de", page_id="2", title="Grundlagen der Datensicherheit")

    assert _titles(elasticsearch, "de", "Sicherheit") == ["Grundlagen der Datensicherheit"]


def test_synonym_finds_the_spelled_out_term(elasticsearch):
    _index(elasticsearch, "de", page_id="3", title="Künstliche Intelligenz im Mittelstand")

    assert _titles(elasticsearch, "de", "KI") == ["Künstliche Intelligenz im Mittelstand"]


def test_title_prefix_completes(elasticsearch):
    _index(elasticsearch, "en", page_id="4", title="Hackathon on open data")

    assert _titles(elasticsearch, "en", "hack", field="title.autocomplete") == [
        "Hackathon on open data"
    ]


def test_german_stemmer_is_the_stock_snowball_stemmer(elasticsearch):
    """`stemmer` with language german is Snowball's German stemmer, as on a stock node."""
    analysed = elasticsearch.indices.analyze(
        tokenizer="standard",
        filter=["lowercase", {"type": "stemmer", "language": "german"}],
        text="Häuser Entwicklungen",
    )
    # Lucene's GermanStemFilter (what the node used before) gives "hau" and "entwicklung".
    assert [token["token"] for token in analysed["tokens"]] == ["haus", "entwickl"]


def test_wildcard_delete_is_refused_as_on_a_stock_cluster(elasticsearch, settings):
    ensure_index(elasticsearch, "de")
    from elasticsearch import BadRequestError

    with pytest.raises(BadRequestError, match=r"[Ww]ildcard"):
        elasticsearch.indices.delete(index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}-*")
