"""The search index: one Elasticsearch index per language behind an alias, one document shape
for every page type.

Both indexes use the same analyzer names; each index defines them with its language's chain,
so one mapping serves German and English. The synonym and compound lists live in data/ and are
sent inline in the index settings, so a stock cluster needs no files (see README, "Search").
"""

from pathlib import Path

from elasticsearch.dsl import (
    Date,
    Document,
    Index,
    Keyword,
    Mapping,
    Text,
    analyzer,
    token_filter,
)

from django.conf import settings
from django.utils import translation

from search.facets import FACETS

LANGUAGES = ("de", "en")
DATA = Path(__file__).resolve().parent / "data"


def _lines(name: str) -> list[str]:
    """The non-empty, non-comment lines of a data file."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


# Domain synonyms and place exonyms in both languages, applied at query time.
SYNONYMS = _lines("synonyms.txt")
# German compounds are split on the nouns of a German dictionary (parts of 5 letters or more,
# so "werk" or "bank" never split a word) and on the portal's own words (any length).
GERMAN_WORDS = _lines("german_words.txt")
COMPOUND_PARTS = _lines("compound_parts.txt")
GERMAN_MIN_PART = 5
PORTAL_MIN_PART = 3


def _language_filters(language: str) -> tuple[list, list]:
    """(before, after) the point where compounds are split or synonyms applied."""
    if language == "de":
        stop = token_filter("german_stop", "stop", stopwords="_german_")
        stem = token_filter("german_stemmer", "stemmer", language="light_german")
        return ["lowercase", stop], ["german_normalization", stem]
    possessive = token_filter("english_possessive", "stemmer", language="possessive_english")
    stop = token_filter("english_stop", "stop", stopwords="_english_")
    stem = token_filter("english_stemmer", "stemmer", language="english")
    return ["lowercase", possessive, stop], [stem]


def _decompounders(language: str) -> list:
    """German only: every known part of a compound is indexed beside the whole word."""
    if language != "de":
        return []
    return [
        token_filter(
            "german_dictionary",
            "dictionary_decompounder",
            word_list=GERMAN_WORDS,
            min_subword_size=GERMAN_MIN_PART,
            max_subword_size=15,
        ),
        token_filter(
            "portal_parts",
            "dictionary_decompounder",
            word_list=COMPOUND_PARTS,
            min_subword_size=PORTAL_MIN_PART,
        ),
    ]


def _analyzers(language: str) -> list:
    """Analyzers named alike in every index, built with the language's own filters.

    portal_text indexes words with their compound parts; portal_whole without them, so a
    whole-word match can rank above a match on a part; portal_text_search adds synonyms.
    """
    before, after = _language_filters(language)
    synonyms = token_filter("portal_synonyms", "synonym_graph", synonyms=SYNONYMS, lenient=True)
    # From one letter on: "Git in a te" must still find "Git in a team".
    edge = token_filter("portal_edge_ngram", "edge_ngram", min_gram=1, max_gram=20)
    return [
        analyzer(
            "portal_text",
            tokenizer="standard",
            filter=[*before, *_decompounders(language), *after],
        ),
        analyzer("portal_text_search", tokenizer="standard", filter=[*before, synonyms, *after]),
        analyzer("portal_whole", tokenizer="standard", filter=[*before, *after]),
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


def _whole() -> dict:
    return {"whole": Text(analyzer="portal_whole")}


def _text(**kwargs) -> Text:
    """A text field that also feeds the catch-all `text` every query word must match in."""
    copy_to = ["text", *kwargs.pop("also_to", ())]
    return Text(
        analyzer="portal_text", search_analyzer="portal_text_search", copy_to=copy_to, **kwargs
    )


def label_in(label, language: str) -> str:
    """A choice's label in the document's language: offer types are searchable words."""
    with translation.override(language):
        return str(label)


class PageDocument(Document):
    """What the portal's search knows of one live page; facet fields are keywords."""

    page_id = Keyword()
    content_type = Keyword()
    url = Keyword(index=False)
    title = _text(
        fields={
            **_whole(),
            "autocomplete": Text(
                analyzer="portal_autocomplete",
                search_analyzer="portal_autocomplete_search",
            ),
            "raw": Keyword(),
        },
        also_to=["words"],
    )
    teaser = _text(also_to=["words"])
    # Offsets in the index: highlighting a long body reads them instead of analysing it again.
    body = _text(index_options="offsets")
    partner_name = _text()
    place_name = _text(also_to=["words"])
    topic_names = _text(multi=True, also_to=["words"])
    competence_names = _text(multi=True)
    type_name = _text(also_to=["words"])  # "Praktikum" / "Internship": the offer type's label
    # Every text field at once: each query word must match somewhere in the document.
    text = Text(analyzer="portal_text", search_analyzer="portal_text_search", fields=_whole())
    words = Text(analyzer="portal_words")
    # The facets' own fields are keywords named by the facet registry (build_index).
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
    # Each registered facet filters and counts a keyword field of its own (search.facets),
    # unless it reads other fields (es_value: a date window, a challenge's phase).
    facets = Mapping()
    for facet in FACETS:
        if facet.es_value is None and facet.field not in PageDocument._doc_type.mapping:
            facets.field(facet.field, Keyword())
    index.mapping(facets)
    return index
