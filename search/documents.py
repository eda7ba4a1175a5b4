"""The search index: one Elasticsearch index per language behind an alias, one document shape
for every page type.

Both indexes use the same analyzer names; each index defines them with its language's chain,
so one mapping serves German and English. The synonym and compound lists live in data/.
"""

from pathlib import Path

from elasticsearch.dsl import (
    Date,
    Document,
    Index,
    Keyword,
    Text,
    analyzer,
    token_filter,
)

from django.conf import settings

LANGUAGES = ("de", "en")
DATA = Path(__file__).resolve().parent / "data"


def _lines(name: str) -> list[str]:
    """The non-empty, non-comment lines of a data file."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


# Shared synonyms, applied at query time so editing them needs no reindex of documents.
SYNONYMS = _lines("synonyms.txt")
# German compounds are split on these parts, so "Datensicherheit" is found by "Sicherheit".
COMPOUND_PARTS = _lines("compound_parts.txt")


def _language_filters(language: str) -> list:
    """Normalisation and stemming for one language, after lowercasing."""
    if language == "de":
        return [
            token_filter(
                "german_compounds",
                "dictionary_decompounder",
                word_list=COMPOUND_PARTS,
                min_subword_size=3,
                only_longest_match=True,
            ),
            "german_normalization",
            token_filter("german_stemmer", "stemmer", language="light_german"),
        ]
    return [
        token_filter("english_possessive", "stemmer", language="possessive_english"),
        token_filter("english_stemmer", "stemmer", language="english"),
    ]


def _analyzers(language: str) -> list:
    """Analyzers named alike in every index, built with the language's own filters."""
    stemming = _language_filters(language)
    synonyms = token_filter("portal_synonyms", "synonym_graph", synonyms=SYNONYMS, lenient=True)
    edge = token_filter("portal_edge_ngram", "edge_ngram", min_gram=2, max_gram=20)
    return [
        analyzer("portal_text", tokenizer="standard", filter=["lowercase", *stemming]),
        analyzer(
            "portal_text_search",
            tokenizer="standard",
            filter=["lowercase", synonyms, *stemming],
        ),
        analyzer(
            "portal_autocomplete",
            tokenizer="standard",
            filter=["lowercase", "asciifolding", edge],
        ),
        analyzer(
            "portal_autocomplete_search",
            tokenizer="standard",
            filter=["lowercase", "asciifolding"],
        ),
        # Whole words as written, for "did you mean" suggestions.
        analyzer("portal_words", tokenizer="standard", filter=["lowercase"]),
    ]


def _text(**kwargs) -> Text:
    return Text(analyzer="portal_text", search_analyzer="portal_text_search", **kwargs)


class PageDocument(Document):
    """What the portal's search knows of one live page; facet fields are keywords."""

    page_id = Keyword()
    content_type = Keyword()
    url = Keyword(index=False)
    title = _text(
        fields={
            "autocomplete": Text(
                analyzer="portal_autocomplete",
                search_analyzer="portal_autocomplete_search",
            ),
            "raw": Keyword(),
        },
        copy_to="words",
    )
    teaser = _text(copy_to="words")
    body = _text()
    partner_name = _text()
    place_name = _text()
    topic_names = _text(multi=True, copy_to="words")
    competence_names = _text(multi=True)
    words = Text(analyzer="portal_words")
    # Facets
    offer_type = Keyword()
    format = Keyword()
    audience = Keyword(multi=True)
    working_language = Keyword(multi=True)
    topics = Keyword(multi=True)
    competences = Keyword(multi=True)
    place = Keyword()
    partner = Keyword()
    # Dates: the start of an offer or challenge; challenge phases for the status facet;
    # an offer's last day; when registering for an offer ends (open ones list first); when the
    # page was first published (sort by newest).
    date = Date()
    end_date = Date()
    application_opens = Date()
    application_closes = Date()
    expires_on = Date()
    closes = Date()
    expire_at = Date()  # Wagtail's expiry: the page leaves search at that moment
    published = Date()


def index_name(language: str) -> str:
    """The alias the portal reads and writes; it points at one concrete index."""
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{language}"


def build_index(language: str, name: str | None = None) -> Index:
    """The index definition (settings, analysis, mapping) for one language."""
    index = Index(name or index_name(language))
    index.settings(number_of_shards=1, number_of_replicas=settings.ELASTICSEARCH_INDEX_REPLICAS)
    for definition in _analyzers(language):
        index.analyzer(definition)
    index.document(PageDocument)
    return index
