"""The analysis the portal's indexes use, on the real node: each built-in part gives the tokens
Elasticsearch's reference documentation gives for it (so the local node behaves as a stock
Elasticsearch 8 would), and the portal's analyzers give the tokens they were designed for."""

import pytest

from search.documents import build_index
from search.indexing import ADMIN_TIMEOUT

pytestmark = [pytest.mark.elasticsearch, pytest.mark.django_db]


@pytest.fixture
def indexes(elasticsearch, settings):
    """The German and English index definitions, created as the portal creates them."""
    names = {}
    for language in ("de", "en"):
        names[language] = f"{settings.ELASTICSEARCH_INDEX_PREFIX}-analysis-{language}"
        build_index(language, names[language]).create(
            using=elasticsearch.options(request_timeout=ADMIN_TIMEOUT)
        )
    return names


def tokens(client, index: str | None = None, **request) -> list[str]:
    return [token["token"] for token in client.indices.analyze(index=index, **request)["tokens"]]


def filter_of(client, index: str, name: str) -> dict:
    """A token filter exactly as the index defines it."""
    analysis = client.indices.get_settings(index=index)[index]["settings"]["index"]["analysis"]
    return analysis["filter"][name]


# Expected tokens from the examples of the Elasticsearch reference ("Text analysis" →
# "Token filter reference"), https://www.elastic.co/docs/reference/text-analysis/ :
# each case names the page, its request and the tokens the page says the filter produces.
REFERENCE = [
    # analysis-stop-tokenfilter: the default (_english_) list drops "a" and "the".
    (
        "stop",
        "a quick fox jumps over the lazy dog",
        ["quick", "fox", "jumps", "over", "lazy", "dog"],
    ),
    # analysis-stemmer-tokenfilter: the default English (porter) stemmer.
    ("stemmer", "the foxes jumping quickly", ["the", "fox", "jump", "quickli"]),
    # analysis-asciifolding-tokenfilter
    ("asciifolding", "açaí à la carte", ["acai", "a", "la", "carte"]),
    # analysis-edgengram-tokenfilter, min_gram 1, max_gram 2
    (
        {"type": "edge_ngram", "min_gram": 1, "max_gram": 2},
        "the quick brown fox jumps",
        ["t", "th", "q", "qu", "b", "br", "f", "fo", "j", "ju"],
    ),
    # analysis-dict-decomp-tokenfilter
    (
        {"type": "dictionary_decompounder", "word_list": ["Donau", "dampf", "meer", "schiff"]},
        "Donaudampfschiff",
        ["Donaudampfschiff", "Donau", "dampf", "schiff"],
    ),
    # analysis-lowercase-tokenfilter
    ("lowercase", "THE Quick FoX JUMPs", ["the", "quick", "fox", "jumps"]),
]  # fmt: skip


@pytest.mark.parametrize("component, text, expected", REFERENCE)
def test_built_in_filters_give_the_reference_tokens(elasticsearch, component, text, expected):
    assert tokens(elasticsearch, tokenizer="standard", filter=[component], text=text) == expected


def test_the_index_s_own_filters_give_the_reference_tokens(elasticsearch, indexes):
    de, en = indexes["de"], indexes["en"]
    # The English stemmer is the reference page's porter stemmer ("english" is its default).
    english = filter_of(elasticsearch, en, "english_stemmer")
    assert tokens(
        elasticsearch, tokenizer="standard", filter=[english], text="the foxes jumping quickly"
    ) == ["the", "fox", "jump", "quickli"]
    # analysis-stop-tokenfilter with "_english_", as the English index sets it.
    stop = filter_of(elasticsearch, en, "english_stop")
    assert tokens(
        elasticsearch,
        tokenizer="standard",
        filter=[stop],
        text="a quick fox jumps over the lazy dog",
    ) == ["quick", "fox", "jumps", "over", "lazy", "dog"]
    # The portal's decompounders are the reference page's filter with other word lists.
    for name in ("german_dictionary", "portal_parts"):
        decompounder = filter_of(elasticsearch, de, name)
        assert decompounder["type"] == "dictionary_decompounder"
        reference = {**decompounder, "word_list": ["Donau", "dampf", "meer", "schiff"]}
        reference["min_subword_size"] = "3"
        assert tokens(
            elasticsearch, tokenizer="standard", filter=[reference], text="Donaudampfschiff"
        ) == ["Donaudampfschiff", "Donau", "dampf", "schiff"]


def test_synonym_graph_adds_a_multi_word_synonym_as_one_path(elasticsearch):
    """analysis-flatten-graph-tokenfilter: synonym_graph adds "dns" for "domain name system"
    as one token spanning the three positions."""
    answer = elasticsearch.indices.analyze(
        tokenizer="standard",
        filter=[{"type": "synonym_graph", "synonyms": ["dns, domain name system"]}],
        text="domain name system is fragile",
    )["tokens"]
    assert {t["token"] for t in answer} == {"dns", "domain", "name", "system", "is", "fragile"}
    dns = next(t for t in answer if t["token"] == "dns")
    assert dns["position"] == 0 and dns.get("positionLength") == 3


def analyze(client, index: str, analyzer: str, text: str) -> list[str]:
    return tokens(client, index=index, analyzer=analyzer, text=text)


def test_german_compounds_are_split_on_real_parts_only(elasticsearch, indexes):
    de = indexes["de"]
    # Stemmed as light_german stems: "daten" is indexed as "dat".
    assert {"dat", "sicherheit"} <= set(
        analyze(elasticsearch, de, "portal_text", "Datensicherheit")
    )
    assert {"python", "kurs"} <= set(analyze(elasticsearch, de, "portal_text", "Pythonkurs"))
    assert {"kurs", "abend"} <= set(analyze(elasticsearch, de, "portal_text", "Abendkurs"))
    # No part shorter than the dictionary allows: "werk" neither in the job nor the company.
    assert "werk" not in analyze(elasticsearch, de, "portal_text", "Werkstudent")
    assert analyze(elasticsearch, de, "portal_text", "Sollingwerk") == ["sollingwerk"]
    assert "student" in analyze(elasticsearch, de, "portal_text", "Werkstudent")


def test_whole_words_keep_their_shape_and_queries_are_not_split(elasticsearch, indexes):
    de = indexes["de"]
    assert analyze(elasticsearch, de, "portal_whole", "Pythonkurs") == ["pythonkurs"]
    assert analyze(elasticsearch, de, "portal_whole", "Werkstudenten") == ["werkstudent"]
    assert analyze(elasticsearch, de, "portal_whole", "Straße") == ["strass"]
    assert analyze(elasticsearch, de, "portal_text_search", "Pythonkurs") == ["pythonkurs"]
    # German stop words leave a query: "Praktikum in Hameln" needs no "in" in the page.
    assert analyze(elasticsearch, de, "portal_whole", "Praktikum in Hameln") == [
        "praktikum",
        "hameln",
    ]


def test_synonyms_and_exonyms_are_added_at_query_time(elasticsearch, indexes):
    de, en = indexes["de"], indexes["en"]
    # Stemmed as light_german stems: "Hannover" is "hannov".
    assert {"hannov", "hanov"} <= set(analyze(elasticsearch, de, "portal_text_search", "Hanover"))
    assert {"hameln", "hamelin"} <= set(analyze(elasticsearch, en, "portal_text_search", "Hameln"))
    assert "praktikum" in analyze(elasticsearch, de, "portal_text_search", "internship")
    assert "internship" in analyze(elasticsearch, en, "portal_text_search", "Praktikum")
    assert "cours" in analyze(elasticsearch, en, "portal_text_search", "Kurs")
    german_security = set(analyze(elasticsearch, de, "portal_text_search", "Cyber Security"))
    assert {"it", "sicherheit"} <= german_security
    # Synonyms are not indexed: a page's own words are what it says.
    assert analyze(elasticsearch, de, "portal_text", "Hanover") == ["hanov"]


def test_english_analysis_stems_and_drops_possessives(elasticsearch, indexes):
    en = indexes["en"]
    assert analyze(elasticsearch, en, "portal_text", "Master's theses") == ["master", "these"]
    assert analyze(elasticsearch, en, "portal_text", "working students") == ["work", "student"]


def test_autocomplete_indexes_word_beginnings(elasticsearch, indexes):
    de = indexes["de"]
    assert analyze(elasticsearch, de, "portal_autocomplete", "Über") == ["u", "ub", "ube", "uber"]
    assert analyze(elasticsearch, de, "portal_autocomplete_search", "Über") == ["uber"]
