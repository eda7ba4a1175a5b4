"""The translatable fields of every demo page and menu, made from a spec in either language.

The builder adds the synchronised fields (dates, partner, places, images) to the German ones;
the translation makes the English page in memory from ``spec.english()`` with the same
function and pairs its text with the German, field by field.
"""

from typing import Any

from django.apps import apps

from wagtail.models import Page

from home.models import ArticleAuthor, ArticlePage, StandardPage
from offers.choices import JOB_OFFER_TYPES, OfferType
from offers.models import (
    ChallengePage,
    ChallengePhase,
    ChallengeResult,
    OfferPage,
    OfferSession,
    PartnerPage,
)

from .richtext import bullet_list, rich_text, stream
from .specs import (
    ArticleSpec,
    Bilingual,
    Block,
    ChallengeSpec,
    IndexSpec,
    MenuSpec,
    OfferSpec,
    PartnerSpec,
    StandardSpec,
)

LANGUAGES = ("de", "en")
PAGE_MODELS = {
    StandardSpec: StandardPage,
    PartnerSpec: PartnerPage,
    OfferSpec: OfferPage,
    ChallengeSpec: ChallengePage,
    ArticleSpec: ArticlePage,
}

# What a job ad asks applicants to send: (German, English).
DOCUMENTS = {
    "cv": ("Lebenslauf", "CV"),
    "grades": ("aktuelle Notenübersicht", "current transcript of records"),
    "letter": ("kurzes Anschreiben", "short cover letter"),
    "code": ("Link zu eigenem Code (z. B. GitHub)", "a link to code of yours (e.g. GitHub)"),
    "portfolio": ("Portfolio mit zwei, drei Arbeitsproben", "portfolio with two or three samples"),
    "idea": ("eine halbe Seite zu Ihrer Themenidee", "half a page on your idea for the topic"),
    "certificates": ("Zeugnisse", "certificates"),
}

# The headings every offer's body is made of: (German, English).
OFFER_HEADINGS = {
    "about": ("Worum es geht", "What it's about"),
    "position": ("Die Stelle", "The position"),
    "take_away": ("Das nehmen Sie mit", "What you take away"),
    "how_it_works": ("So läuft es ab", "How it works"),
    "tasks": ("Ihre Aufgaben", "Your tasks"),
    "profile": ("Das bringen Sie mit", "What you bring"),
}


def text_fields(spec: Bilingual, language: str, pages: dict[str, Page] | None = None) -> dict:
    """The translatable field values of the page or menu ``spec`` describes, in ``language``.

    ``pages`` are the pages below the home page by slug, for calls to action.
    """
    if isinstance(spec, IndexSpec):
        return {**_page(spec), "intro": spec.intro}
    if isinstance(spec, StandardSpec):
        return {**_page(spec), "body": stream(spec.body, pages)}
    if isinstance(spec, PartnerSpec):
        return {
            **_page(spec),
            "industry": spec.industry,
            "description": rich_text(spec.description),
        }
    if isinstance(spec, OfferSpec):
        fields = {**_page(spec), "body": stream(offer_body(spec, language))}
        if spec.job:
            index = LANGUAGES.index(language)
            fields["application_documents"] = ", ".join(
                DOCUMENTS[key][index] for key in spec.job.documents
            )
        if spec.sessions:
            # The builder adds the dates.
            fields["sessions"] = [
                OfferSession(note=session.note, sort_order=order)
                for order, session in enumerate(spec.sessions)
            ]
        return fields
    if isinstance(spec, ChallengeSpec):
        return {
            **_page(spec),
            "problem": rich_text(spec.problem),
            "expected_results": bullet_list(spec.expected),
            "reward": spec.reward,
            "results": stream(spec.results),
            # The builder adds the dates.
            "phases": [
                ChallengePhase(kind=phase.kind, note=phase.note, sort_order=order)
                for order, phase in enumerate(spec.phases)
            ],
            "team_results": [
                ChallengeResult(
                    title=result.title,
                    summary=result.summary,
                    team_name=result.team_name,
                    sort_order=order,
                )
                for order, result in enumerate(spec.team_results)
            ],
        }
    if isinstance(spec, ArticleSpec):
        return {
            **_page(spec),
            "body": stream(spec.body),
            "authors": [
                ArticleAuthor(name=name, role=role, sort_order=order)
                for order, (name, role) in enumerate(spec.authors)
            ],
        }
    if isinstance(spec, MenuSpec):
        return {"text": spec.text}
    raise TypeError(f"No demo page is made from a {type(spec).__name__}.")


def _page(spec: Any) -> dict:
    return {"title": spec.title, "slug": spec.slug, "teaser": spec.teaser}


def offer_body(spec: OfferSpec, language: str) -> list[Block]:
    def heading(key: str) -> Block:
        return ("h", OFFER_HEADINGS[key][LANGUAGES.index(language)])

    is_job = spec.offer_type in JOB_OFFER_TYPES
    if is_job:
        points = "tasks"
    elif spec.offer_type == OfferType.MENTORING:
        points = "how_it_works"
    else:
        points = "take_away"
    body = [
        heading("position" if is_job else "about"),
        ("p", spec.about),
        heading(points),
        ("ul", *spec.points),
    ]
    if spec.profile:
        body += [heading("profile"), ("ul", *spec.profile)]
    return body


def page_model(spec: Bilingual) -> type[Page]:
    """The page type a record makes."""
    if isinstance(spec, IndexSpec):
        return apps.get_model(spec.model)
    return PAGE_MODELS[type(spec)]
