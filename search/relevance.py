"""How the words someone typed become an Elasticsearch query, and how hits are highlighted.

Every word must match somewhere in the page (the catch-all field `text`, which holds every text
field of the language); an exact phrase or all words in the title rank first, whole words above
compound parts, and typos are a separate, weaker clause. When nothing matches every word, the
backend asks again with most words, then any word (`relaxed_query`), and says which words it
left out.
"""

import re
from functools import cache

from elasticsearch.dsl import Q, Search

from search.documents import COMPOUND_PARTS, GERMAN_MIN_PART, GERMAN_WORDS, PORTAL_MIN_PART

# The fields a page's text is in, for the few queries that name them (more like this).
FIELDS = [
    "title^5",
    "teaser^2",
    "body",
    "partner_name^2",
    "place_name^2",
    "topic_names^3",
    "competence_names^2",
    "type_name^2",
]
# A typo costs a match most of its weight; few expansions keep the fuzzy clause cheap. Words
# under 4 letters are taken as typed ("web" would also find "we", in half the English pages),
# one edit up to 6 letters, two from 7.
FUZZY = {"fuzziness": "AUTO:4,7", "prefix_length": 1, "max_expansions": 10}
# With more than one word and no page matching all of them: pages matching most of them, and
# when not even those exist, pages matching any (ranked by how many they match).
RELAXATIONS = ("75%", "1")
LINKS = ("", "s", "es", "n", "en")
# The term suggester's request behind "did you mean" (`suggestion()` reads its answer).
# Only words the index lacks are corrected: a real word that finds nothing with the chosen
# filters ("Java" among online offers) is not turned into a more common one ("Jahr").
SPELLING = {"field": "words", "suggest_mode": "missing", "min_word_length": 3}
WORD = re.compile(r"\w+(?:[-']\w+)*")


def words(text: str) -> list[str]:
    """The words of a query as the visitor typed them (for 'showing results without X')."""
    return WORD.findall(text)


@cache
def _known() -> dict[str, int]:
    """Compound parts and the shortest length at which each may split a query word."""
    known = dict.fromkeys(GERMAN_WORDS, GERMAN_MIN_PART)
    known.update(dict.fromkeys(COMPOUND_PARTS, PORTAL_MIN_PART))
    return known


def _parts(word: str, depth: int = 0) -> list[str] | None:
    """`word` as known parts (longest first part first), with linking letters dropped."""
    known = _known()
    if word in known and depth:
        return [word]
    if depth == 2:
        return None
    for cut in range(len(word) - PORTAL_MIN_PART, PORTAL_MIN_PART - 1, -1):
        head = word[:cut]
        for link in LINKS:
            stem = head[: len(head) - len(link)] if link else head
            if link and not head.endswith(link):
                continue
            if stem in known and len(stem) >= known[stem]:
                tail = _parts(word[cut:], depth + 1)
                if tail:
                    return [stem, *tail]
    return None


def split_compounds(text: str, language: str) -> str:
    """German words the index knows only as parts, split: "Pythonkurs" -> "python kurs".

    A word the dictionary knows as a whole ("Werkstudent") is left whole, so it is not found
    in pages that merely contain "werk" and "student".
    """
    if language != "de":
        return text
    result = []
    for word in words(text):
        lower = word.lower()
        parts = None if lower in _known() or len(lower) < 6 else _parts(lower)
        result.append(" ".join(parts) if parts else word)
    return " ".join(result)


def _recall(text: str, language: str, **named) -> Q:
    """What a page must match: the words (stemmed, with synonyms and compound parts), the
    words split into their parts, or the words with a typo."""
    every = {"operator": "and"}
    clauses = [
        Q("match", text={"query": text, **every}),
        Q("match", text={"query": text, "analyzer": "portal_whole", **every, **FUZZY}),
        # A typo changes what a stemmer makes of a word ("secuirty" -> "secuirti", far from
        # "secur"): the words as written in titles, teasers and topics catch it.
        Q("match", words={"query": text, **every, **FUZZY}),
    ]
    split = split_compounds(text, language)
    if split.lower() != " ".join(words(text)).lower():
        clauses.append(Q("match", text={"query": split, **every}))
    return Q("bool", should=clauses, minimum_should_match=1, **named)


def _precision(text: str) -> list[Q]:
    """What ranks a page higher: the phrase in the title, every word in the title (also with a
    typo), whole words (not only compound parts) anywhere."""
    return [
        Q("match_phrase", title={"query": text, "slop": 1, "boost": 6}),
        Q("match", **{"title.whole": {"query": text, "operator": "and", "boost": 4}}),
        # A typo in a title word still counts for the title (fuzzy on a short field: cheap).
        Q("match", **{"title.whole": {"query": text, "operator": "and", **FUZZY, "boost": 1}}),
        Q("match", title={"query": text, "operator": "and", "boost": 2}),
        Q("match", **{"text.whole": {"query": text, "operator": "and", "boost": 2}}),
        Q("match", type_name={"query": text, "boost": 1}),
    ]


def text_query(text: str, language: str) -> Q:
    """Pages that match every word, best first."""
    return Q("bool", must=[_recall(text, language)], should=_precision(text))


def relaxations(text: str) -> list[str]:
    """How many words a relaxed search asks for, in order; none for a single word."""
    count = len(words(text))
    # With two words, 75 % is one word already: asking for "any" again would repeat it.
    return [] if count < 2 else list(RELAXATIONS[:1] if count == 2 else RELAXATIONS)


def relaxed_query(text: str, language: str, minimum: str) -> Q:
    """Pages that match `minimum` of the words; each word is a named clause, so a hit tells
    which words it matched (`matched_queries`)."""
    per_word = [
        _recall(word, language, _name=str(number)) for number, word in enumerate(words(text))
    ]
    most = Q("bool", should=per_word, minimum_should_match=minimum)
    return Q("bool", must=[most], should=_precision(text))


def dropped_words(text: str, hit: dict) -> list[str]:
    """The words of `text` the (relaxed) hit does not match."""
    matched = set(hit.get("matched_queries") or ())
    return [word for number, word in enumerate(words(text)) if str(number) not in matched]


def without(text: str, dropped: list[str]) -> str:
    """The query as typed without the dropped words: what a relaxed search searches, and the
    words of its "search without" link. "Java," is the word Java: a typed token goes when
    every word in it was dropped."""
    gone = {word.lower() for word in dropped}
    kept = [t for t in text.split() if not words(t) or not {w.lower() for w in words(t)} <= gone]
    return " ".join(kept)


def highlight(search: Search, text: str, language: str) -> Search:
    """Marked words in the title and teaser (short), and one bounded fragment of the body read
    from its indexed offsets, never the body analysed again per hit.

    The marks come from a plain match of the words (with synonyms and compound parts), not
    from the whole query: the fuzzy clause's expansions made highlighting cost ten times the
    search itself.
    """
    marked = Q("match", text={"query": text})
    split = split_compounds(text, language)
    if split != text:
        marked |= Q("match", text={"query": split})
    return (
        search.highlight_options(
            encoder="html",
            pre_tags=["<mark>"],
            post_tags=["</mark>"],
            type="unified",
            # The query names `text`; the words are marked in the fields they are in.
            require_field_match=False,
            highlight_query=marked.to_dict(),
        )
        .highlight("title", number_of_fragments=0)
        .highlight("teaser", number_of_fragments=0)
        .highlight("body", fragment_size=160, number_of_fragments=1, no_match_size=0)
    )


def suggestion(response: dict, text: str) -> str | None:
    """The query with each misspelt word replaced by the index's most common near word."""
    replaced = text.split()
    changed = False
    for entry in response.get("suggest", {}).get("spelling", []):
        if entry["options"] and entry.get("offset") is not None:
            original = text[entry["offset"] : entry["offset"] + entry["length"]]
            if original in replaced:
                replaced[replaced.index(original)] = entry["options"][0]["text"]
                changed = True
    return " ".join(replaced) if changed else None
