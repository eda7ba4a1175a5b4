"""Write german_words.txt, the German part of the compound dictionary, from a word list.

Source: igerman98 by Björn Jacke (GPL-2-or-later) as Debian packages it: the word list of
`wngerman` (/usr/share/dict/ngerman, every inflected form, but a noun that is also a verb form
such as "Stelle" only in lower case) and the stems of `hunspell-de-de`
(/usr/share/hunspell/de_DE.dic, which has "Stelle/Nm"). Regenerate with:

    apt-get install wngerman hunspell-de-de
    python search/data/make_german_words.py /usr/share/dict/ngerman \
        /usr/share/hunspell/de_DE.dic > search/data/german_words.txt

Kept are nouns of 5 to 15 letters (the decompounder's min_subword_size and max_subword_size)
that are neither an inflected form of a shorter noun ("kurse" of "kurs": the decompounder
matches the stem inside it anyway) nor themselves a compound of two such nouns
("datensicherheit" splits into "daten" and "sicherheit" already), and that are a part of at
least two compounds in the dictionary: about 5,500 words, small enough to send inline in the
index settings.
"""

import re
import sys
from collections import Counter

# A part must occur in this many compounds of the dictionary: the word list stays small enough
# to send inline (index creation grows with it), and rare nouns inside unrelated words go.
MIN_COMPOUNDS = 2
ENDINGS = ("ern", "en", "er", "es", "ns", "e", "n", "s")
LINKS = ("s", "es", "n", "en", "")
NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,24}")
HEADER = """\
# German nouns for splitting compounds ("Datensicherheit": "daten", "sicherheit").
# Derived from igerman98 (c) 1999-2016 Björn Jacke, GPL-2-or-later, as packaged by Debian
# (wngerman and hunspell-de-de 20161207-11) by make_german_words.py beside this file.
# Portal words belong in compound_parts.txt, not here."""
# Nouns that are mostly found inside unrelated words ("w-eiter", "soll-ingwer-k"), not as parts.
EXCLUDED = {"eiter", "ingwer", "ration", "minis", "wicklung", "tudent"}


def _inflected(word: str, nouns: set[str]) -> bool:
    return any(word.endswith(end) and word[: -len(end)] in nouns for end in ENDINGS)


def _compound(word: str, nouns: set[str]) -> bool:
    """Made of two nouns the decompounder finds by themselves (both of the minimum length)."""
    for cut in range(5, len(word) - 4):
        head, tail = word[:cut], word[cut:]
        stems = (head[: len(head) - len(link)] for link in LINKS if head.endswith(link))
        if (tail in nouns or _inflected(tail, nouns)) and any(
            len(stem) >= 5 and stem in nouns for stem in stems
        ):
            return True
    return False


def _productive(parts: set[str], nouns: set[str]) -> set[str]:
    """The parts found at a compound boundary of at least MIN_COMPOUNDS dictionary words."""
    found: Counter[str] = Counter()
    for word in nouns:
        for cut in range(3, len(word) - 2):
            head, tail = word[:cut], word[cut:]
            stems = [head[: len(head) - len(link)] for link in LINKS if head.endswith(link)]
            if tail in parts and any(stem in nouns for stem in stems):
                found[tail] += 1
            if tail in nouns:
                found.update(stem for stem in stems if stem in parts)
    return {part for part in parts if found[part] >= MIN_COMPOUNDS}


def german_words(lines: list[str]) -> list[str]:
    """The parts from word-list lines (hunspell's "Stelle/Nm" counts as "Stelle")."""
    entries = (line.split("/")[0].strip() for line in lines)
    nouns = {entry.lower() for entry in entries if NOUN.fullmatch(entry)}
    parts = {
        word
        for word in nouns
        if 5 <= len(word) <= 15
        and word not in EXCLUDED
        and not _inflected(word, nouns)
        and not _compound(word, nouns)
    }
    return sorted(_productive(parts, nouns))


if __name__ == "__main__":
    lines = []
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as source:
            lines += source.readlines()
    words = german_words(lines)
    print(HEADER)
    print("\n".join(words))
