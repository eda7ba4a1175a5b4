"""The demo data set. Slugs are stable: the seed finds what exists by them."""

from .challenges import CHALLENGES
from .events import EVENTS
from .jobs import JOBS
from .knowhow import KNOWHOW
from .news import NEWS
from .pages import ABOUT, HOME_EN, IMPRINT, INDEXES, MENUS, accessibility_statement
from .partners import PARTNERS
from .privacy import privacy_statement
from .programmes import PROGRAMMES
from .topics import TOPICS

OFFERS = EVENTS + PROGRAMMES + JOBS
ARTICLES = NEWS + KNOWHOW

# The home page's picks: flagship dates further out, and a challenge open for applications.
FEATURED = ("weser-data-hackathon", "karrieretag-it", "exkursion-rechenzentrum")
FEATURED_CHALLENGE = "barrierefreier-onlineshop"

__all__ = [
    "ABOUT",
    "ARTICLES",
    "CHALLENGES",
    "FEATURED",
    "FEATURED_CHALLENGE",
    "HOME_EN",
    "IMPRINT",
    "INDEXES",
    "MENUS",
    "OFFERS",
    "PARTNERS",
    "TOPICS",
    "accessibility_statement",
    "privacy_statement",
]
