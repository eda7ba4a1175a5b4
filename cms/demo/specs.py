"""The shapes of the demo data: plain, frozen records the builder turns into pages.

Dates are day offsets from today, so the demo always has past, current and future items.
Text is plain (the builder escapes it); body blocks are small tuples, see ``Block``.
"""

from dataclasses import dataclass

from offers.choices import Format, OfferLanguage

# A body block: ("h", heading) · ("p", paragraph, …) · ("ul", item, …) · ("q", quote, by)
# · ("html", trusted rich text) · ("cta", text, slug of a page below the home page)
Block = tuple[str, ...]


@dataclass(frozen=True)
class IndexSpec:
    model: str  # "app_label.ModelName"
    slug: str
    title: str
    teaser: str
    intro: str


@dataclass(frozen=True)
class StandardSpec:
    slug: str
    title: str
    teaser: str
    body: tuple[Block, ...]
    show_in_menus: bool = False


@dataclass(frozen=True)
class PartnerSpec:
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
class OfferSpec:
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


@dataclass(frozen=True)
class PhaseSpec:
    kind: str
    start: int
    end: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ChallengeSpec:
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
    results: tuple[Block, ...] = ()


@dataclass(frozen=True)
class ArticleSpec:
    slug: str
    title: str
    days_ago: int
    teaser: str
    authors: tuple[tuple[str, str], ...]  # (name, role)
    body: tuple[Block, ...]
    topics: tuple[str, ...]
    competences: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # slugs of offers and challenges
