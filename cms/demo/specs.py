"""The shapes of the demo data: plain, frozen records the builder turns into pages.

Each record is written in German with its English beside it: ``en`` holds the English of every
field named in ``TEXT``, in the same shape (as many paragraphs, bullets and blocks, of the same
kinds). ``english()`` checks that and returns the record as it reads in English, so one piece of
code makes the fields of both languages. A German text without its English fails the seed,
naming the record and the field.

Dates are day offsets from today, so the demo always has past, current and future items.
Text is plain (the builder escapes it); body blocks are small tuples, see ``Block``.
"""

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from offers.choices import Format, OfferLanguage, RemoteWork

# A body block: ("h", heading) · ("p", paragraph, …) · ("ul", item, …) · ("q", quote, by)
# · ("html", trusted rich text) · ("cta", text, slug of a page below the home page)
Block = tuple[str, ...]
BLOCKS = tuple[Block, ...]


class DemoSeedError(Exception):
    """The site is not in a state the demo can be added to, or the demo data is incomplete."""


@dataclass(frozen=True)
class Bilingual:
    """A record with German text fields (``TEXT``) and their English in ``en``."""

    TEXT: ClassVar[tuple[str, ...]] = ()

    en: Mapping[str, Any] = field(
        default_factory=dict, kw_only=True, repr=False, compare=False, hash=False
    )

    @property
    def label(self) -> str:
        return f"{type(self).__name__} {getattr(self, 'slug', '')!r}"

    def english(self, label: str | None = None) -> Self:
        """This record in English; raises DemoSeedError naming the record and every field amiss."""
        label = label or self.label
        problems = [f"{name!r} is not a text field" for name in self.en if name not in self.TEXT]
        for name in self.TEXT:
            german = getattr(self, name)
            if name not in self.en:
                if german:
                    problems.append(f"no English for {name!r}")
                continue
            problems += _differences(german, self.en[name], name, blocks=self._is_blocks(name))
        if problems:
            raise DemoSeedError(f"Demo {label}: " + "; ".join(problems) + ".")
        nested = {
            f.name: tuple(
                item.english(f"{label}, {f.name} {number}")
                for number, item in enumerate(getattr(self, f.name), start=1)
            )
            for f in dataclasses.fields(self)
            if _holds_records(getattr(self, f.name))
        }
        return dataclasses.replace(self, **self.en, **nested, en={})

    def _is_blocks(self, name: str) -> bool:
        return next(f.type for f in dataclasses.fields(self) if f.name == name) == BLOCKS


def _holds_records(value: object) -> bool:
    return isinstance(value, tuple) and any(isinstance(item, Bilingual) for item in value)


def _differences(german: object, english: object, where: str, *, blocks: bool = False) -> list:
    """Where the English does not have the German's shape: text for text, as many items."""
    if isinstance(german, str):
        if not isinstance(english, str):
            return [f"{where} is text in German but not in English"]
        if german.strip() and not english.strip():
            return [f"{where} is empty in English"]
        return []
    if isinstance(german, tuple):
        if not isinstance(english, tuple) or len(english) != len(german):
            count = len(english) if isinstance(english, tuple) else "no"
            return [f"{where} has {len(german)} item(s) in German, {count} in English"]
        problems = []
        for number, (de, en) in enumerate(zip(german, english, strict=True), start=1):
            inner = f"{where} {number}"
            if blocks:
                problems += _block_differences(de, en, inner)
            problems += _differences(de, en, inner)
        return problems
    if german != english:
        return [f"{where} is {german!r} in German but {english!r} in English"]
    return []


def _block_differences(german: Block, english: Block, where: str) -> list:
    if german[:1] != english[:1]:
        kinds = german[:1] + ("",), english[:1] + ("",)
        return [f"{where} is a {kinds[0][0]!r} block in German but {kinds[1][0]!r} in English"]
    if german[0] == "cta" and german[-1:] != english[-1:]:
        return [f"{where} leads to {german[-1]!r} in German but to {english[-1]!r} in English"]
    return []


@dataclass(frozen=True)
class IndexSpec(Bilingual):
    TEXT = ("slug", "title", "teaser", "intro")

    model: str  # "app_label.ModelName"
    slug: str
    title: str
    teaser: str
    intro: str


@dataclass(frozen=True)
class StandardSpec(Bilingual):
    TEXT = ("slug", "title", "teaser", "body")

    slug: str
    title: str
    teaser: str
    body: BLOCKS
    show_in_menus: bool = False


@dataclass(frozen=True)
class PartnerSpec(Bilingual):
    # A partner's slug is its name, the same in both languages.
    TEXT = ("title", "industry", "teaser", "description")

    slug: str
    title: str
    kind: str
    industry: str
    size: str
    cities: tuple[str, ...]  # place slugs; the first is the main site
    teaser: str
    description: tuple[str, ...]  # paragraphs
    contact_name: str
    contact_mailbox: str  # local part; the domain is <slug>.example
    initials: str
    colour: str  # logo tile
    address: str = ""  # default address of its on-site offers
    phone: str = ""


@dataclass(frozen=True)
class SessionSpec(Bilingual):
    """One date of an offer that meets more than once."""

    TEXT = ("note",)

    day: int  # day offset
    start: str  # "HH:MM"
    end: str
    note: str = ""


@dataclass(frozen=True)
class JobTerms:
    """What a job ad says beyond its text; the same in both languages."""

    employment: str  # EmploymentType
    months: int | None = None  # None: open-ended
    hours: int | None = None  # per week
    start: int | None = None  # day offset; None: as soon as possible
    pay: tuple[str, str | None, str] | None = None  # (from, up to or None, PayUnit)
    unpaid: bool = False
    remote: str = RemoteWork.NONE
    documents: tuple[str, ...] = ("cv", "grades")  # keys of text.DOCUMENTS


@dataclass(frozen=True)
class OfferSpec(Bilingual):
    TEXT = ("slug", "title", "teaser", "about", "points", "profile")

    slug: str
    title: str
    offer_type: str
    partner: str  # partner slug
    teaser: str
    about: str
    points: tuple[str, ...]  # what you take away / the tasks of a position
    topics: tuple[str, ...]
    competences: tuple[str, ...]  # e-CF codes
    format: str = Format.ON_SITE
    place: str | None = None  # place slug; default: the partner's main site (not online)
    # (start day, "HH:MM", end day, "HH:MM"); None for open-ended offers and positions
    when: tuple[int, str, int, str] | None = None
    deadline: int | None = None  # registration deadline, day offset
    valid: int | None = None  # valid through, day offset (positions, open-ended offers)
    capacity: int | None = None
    price: str | None = None  # euros; None is free of charge
    language: str = OfferLanguage.GERMAN
    audience: str = "s"  # s = students, g = graduates, e = employers
    provider: str | None = None  # ProviderKind; default follows the partner's kind
    profile: tuple[str, ...] = ()  # positions: what applicants bring
    job: JobTerms | None = None  # positions: employment, pay, start …
    sessions: tuple[SessionSpec, ...] = ()  # courses and workshops that meet more than once


@dataclass(frozen=True)
class PhaseSpec(Bilingual):
    TEXT = ("note",)

    kind: str
    start: int
    end: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ResultSpec(Bilingual):
    """What one team of a finished challenge achieved."""

    TEXT = ("title", "summary")

    title: str
    summary: str
    team_name: str = ""  # only where the team agreed to be named


@dataclass(frozen=True)
class ChallengeSpec(Bilingual):
    # The phases carry their own English (PhaseSpec.en).
    TEXT = ("slug", "title", "teaser", "problem", "expected", "reward", "results")

    slug: str
    title: str
    partner: str
    teaser: str
    problem: tuple[str, ...]  # paragraphs
    expected: tuple[str, ...]  # list items
    phases: tuple[PhaseSpec, ...]
    topics: tuple[str, ...]
    competences: tuple[str, ...]
    reward: str
    format: str = Format.HYBRID
    place: str | None = None
    team: tuple[int, int] = (3, 5)
    teams: int = 4
    results: BLOCKS = ()
    team_results: tuple[ResultSpec, ...] = ()


@dataclass(frozen=True)
class ArticleSpec(Bilingual):
    TEXT = ("slug", "title", "teaser", "authors", "body")

    slug: str
    title: str
    days_ago: int
    teaser: str
    authors: tuple[tuple[str, str], ...]  # (name, role); the name is the same in English
    body: BLOCKS
    topics: tuple[str, ...]
    competences: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # slugs of offers and challenges


@dataclass(frozen=True)
class MenuSpec(Bilingual):
    """A navigation snippet: the text shown with it and the pages it links to."""

    TEXT = ("text",)

    slot: str
    pages: tuple[str, ...]  # slugs of pages below the home page
    text: str = ""

    @property
    def label(self) -> str:
        return f"menu {self.slot!r}"
