"""The search index: one Elasticsearch index per language, one document shape for every page.

Both indexes use the same analyzer names; each index defines them with its language's
chain, so one mapping serves German and English.
"""

from elasticsearch_dsl import (
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

# Shared synonyms, applied at query time so editing them needs no reindex of documents.
SYNONYMS = [
    "ki, ai, künstliche intelligenz, artificial intelligence",
    "ml, machine learning, maschinelles lernen",
    "it-sicherheit, cybersecurity, informationssicherheit, security",
    "praktikum, internship",
    "abschlussarbeit, thesis, bachelorarbeit, masterarbeit",
    "werkstudent, werkstudentin, working student",
    "softwareentwicklung, software development, programmierung, programming",
]

# German compounds are split on these parts, so "Datensicherheit" is found by "Sicherheit".
COMPOUND_PARTS = [
    "daten",
    "sicherheit",
    "software",
    "entwicklung",
    "netz",
    "werk",
    "system",
    "technik",
    "informatik",
    "wirtschaft",
    "projekt",
    "praxis",
    "studie",
    "arbeit",
    "stelle",
    "abschluss",
    "praktikum",
    "kompetenz",
    "lernen",
    "analyse",
    "cloud",
    "web",
    "anwendung",
    "betrieb",
    "verwaltung",
    "gestaltung",
    "plattform",
    "digitalisierung",
    "netzwerk",
    "treffen",
]


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
    ]


def _text(**kwargs) -> Text:
    return Text(analyzer="portal_text", search_analyzer="portal_text_search", **kwargs)


class PageDocument(Document):
    """What the portal's search knows of one live page."""

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
        }
    )
    teaser = _text()
    body = _text()
    topics = Keyword(multi=True)
    date = Date()


def index_name(language: str) -> str:
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{language}"


def build_index(language: str, name: str | None = None) -> Index:
    """The index definition (settings, analysis, mapping) for one language."""
    index = Index(name or index_name(language))
    index.settings(number_of_shards=1, number_of_replicas=0)
    for definition in _analyzers(language):
        index.analyzer(definition)
    index.document(PageDocument)
    return index
