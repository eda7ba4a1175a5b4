"""schema.org JSON-LD for the foundation's pages. Every dict names the page's canonical URL."""

from django.http import HttpRequest

from wagtail.models import Page

from home.lookups import locale_by_id

CONTEXT = "https://schema.org"


def webpage(page: Page, request: HttpRequest) -> dict:
    data = {
        "@context": CONTEXT,
        "@type": "WebPage",
        "name": page.title,
        "url": page.get_full_url(request),
        "inLanguage": locale_by_id(page.locale_id).language_code,
    }
    if getattr(page, "summary", ""):
        data["description"] = page.summary
    return data


def article(page, request: HttpRequest) -> dict:
    return {
        "@context": CONTEXT,
        "@type": "Article",
        "headline": page.title,
        "description": page.summary,
        "datePublished": page.date.isoformat(),
        "author": [{"@type": "Person", "name": author.name} for author in page.authors.all()],
        "inLanguage": locale_by_id(page.locale_id).language_code,
        "url": page.get_full_url(request),
        "mainEntityOfPage": page.get_full_url(request),
    }
