"""The search index speaks German: a real Elasticsearch finds documents by German word forms."""

import pytest

from search.documents import PageDocument, build_index, index_name

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


def _index(client, language: str, **fields) -> None:
    build_index(language).create(using=client)
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
