"""What other apps contribute to the foundation's pages, registered upwards.

`home` imports no other app and names none of them; content apps call these functions from
their AppConfig.ready() to say which page types sit below a home page, which pages editors may
feature, and which sections the home page shows.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest

from wagtail.admin.panels import PageChooserPanel
from wagtail.models import Page

# Roles of registered page types: "section" (a child of a home page), "featured" (what the home
# page and articles may point to).
_page_types: dict[str, list[str]] = defaultdict(list)


def register_page_types(role: str, *models: str) -> None:
    """Register page types ("app_label.ModelName") for a role."""
    _page_types[role].extend(model for model in models if model not in _page_types[role])


def page_types_for(role: str) -> list[str]:
    return list(_page_types[role])


class RegisteredPageChooserPanel(PageChooserPanel):
    """A page chooser limited to the page types registered for ``role``, looked up when the
    editor opens the form (after every app has registered)."""

    def __init__(self, field_name: str, role: str, **kwargs):
        kwargs.pop("page_type", None)
        super().__init__(field_name, **kwargs)
        self.role = role

    def clone_kwargs(self) -> dict:
        kwargs = super().clone_kwargs()
        kwargs.pop("page_type", None)
        return {**kwargs, "role": self.role}

    def get_form_options(self) -> dict:
        self.page_type = page_types_for(self.role)
        return super().get_form_options()


@dataclass(frozen=True)
class HomeSection:
    """A band of the home page: ``context(home, request, sections)`` returns what its template
    needs, or None when there is nothing to show. ``sections`` are the home page's live
    children by model name ("articleindexpage", …), loaded once for all sections."""

    template: str
    order: int
    context: Callable[[Page, HttpRequest, dict[str, Page]], dict | None]


_home_sections: list[HomeSection] = []


def register_home_section(section: HomeSection) -> None:
    if section not in _home_sections:
        _home_sections.append(section)


def home_sections() -> list[HomeSection]:
    return sorted(_home_sections, key=lambda section: section.order)


# Links the header's main navigation ends with, beside the pages editors put in the menu:
# ``provider(locale, request)`` returns (text, url) pairs in that locale's language.
HeaderLinks = Callable[[object, HttpRequest | None], list[tuple[str, str]]]
_header_links: list[HeaderLinks] = []


def register_header_links(provider: HeaderLinks) -> None:
    if provider not in _header_links:
        _header_links.append(provider)


def header_links(locale, request: HttpRequest | None) -> list[tuple[str, str]]:
    return [link for provider in _header_links for link in provider(locale, request)]
