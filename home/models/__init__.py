from .article import (
    ArticleAuthor,
    ArticleIndexPage,
    ArticlePage,
    ArticlePageTag,
    ArticleRelatedPage,
)
from .base import (
    BasePage,
    IndexPage,
    live_pages_in_order,
    localize,
    prefetch_cards,
    section_pages,
)
from .home_page import HomeFeaturedItem, HomePage
from .navigation import MenuSlot, NavigationItem, NavigationMenu
from .settings import PortalSettings
from .standard import StandardPage
from .taxonomy import Competence, CompetenceArea, Place, PlaceKind, Topic

__all__ = [
    "ArticleAuthor",
    "ArticleIndexPage",
    "ArticlePage",
    "ArticlePageTag",
    "ArticleRelatedPage",
    "BasePage",
    "Competence",
    "CompetenceArea",
    "HomeFeaturedItem",
    "HomePage",
    "IndexPage",
    "MenuSlot",
    "NavigationItem",
    "NavigationMenu",
    "Place",
    "PlaceKind",
    "PortalSettings",
    "StandardPage",
    "Topic",
    "live_pages_in_order",
    "localize",
    "prefetch_cards",
    "section_pages",
]
