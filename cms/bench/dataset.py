"""A synthetic portal of configurable size for the benchmark, in German and English.

Offers (the bulk) are inserted in batches straight into the page tree: Wagtail cannot
bulk-create pages of a multi-table type, so the Page rows are bulk-created with their tree
paths, then the OfferPage rows beside them. Partners, challenges and articles (a few hundred)
go through Wagtail's add_child, so they are saved exactly as editors' pages are.
"""

import datetime
import json
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify

from wagtail.models import Locale, Page

from cms.bench import vocabulary
from home.models import ArticleAuthor, ArticleIndexPage, ArticlePage, HomePage, Place
from home.signals import one_generation_for_many_changes
from offers.choices import (
    JOB_OFFER_TYPES,
    EmploymentType,
    Format,
    OfferType,
    PartnerKind,
    PayUnit,
    ProviderKind,
)
from offers.models import (
    ChallengeIndexPage,
    ChallengePage,
    OfferIndexPage,
    OfferPage,
    PartnerIndexPage,
    PartnerPage,
)

SECTIONS = {
    "de": [
        (OfferIndexPage, "Angebote", "angebote"),
        (ChallengeIndexPage, "Challenges", "challenges"),
        (PartnerIndexPage, "Partner", "partner"),
        (ArticleIndexPage, "Magazin", "magazin"),
    ],
    "en": [
        (OfferIndexPage, "Offers", "offers"),
        (ChallengeIndexPage, "Challenges", "challenges"),
        (PartnerIndexPage, "Partners", "partners"),
        (ArticleIndexPage, "Magazine", "magazine"),
    ],
}


def words(rng: random.Random, language: str, count: int, topics: list[str] = ()) -> str:
    return vocabulary.text(rng, language, count, topics)


def paragraph(rng: random.Random, language: str, topics: list[str] = ()) -> str:
    """Realistic lengths: a body of 120–400 words in a few paragraphs."""
    return json.dumps(
        [
            {
                "type": "paragraph",
                "value": f"<p>{words(rng, language, rng.randint(40, 100), topics)}.</p>",
            }
            for _ in range(rng.randint(3, 4))
        ]
    )


def homes() -> dict[str, HomePage]:
    """The German home page (from the migrations) and its English translation."""
    german = HomePage.objects.get(locale__language_code="de")
    english = german.get_translation_or_none(Locale.objects.get(language_code="en"))
    if english is None:
        english = german.copy_for_translation(Locale.objects.get(language_code="en"))
        english.title, english.slug = "ProXLab", "en"
        english.save_revision().publish()
    return {"de": german, "en": english.specific}


def sections(home: HomePage, language: str) -> dict[type, Page]:
    found = {}
    for model, title, slug in SECTIONS[language]:
        page = model.objects.child_of(home).first()
        if page is None:
            page = home.add_child(instance=model(title=title, slug=slug, locale=home.locale))
        found[model] = page
    return found


def build(offers: int, seed: int = 14, log=print) -> dict[str, int]:
    """Make the data set unless one of this size is there; returns what the portal holds."""
    if OfferPage.objects.count() >= 2 * offers:
        log(f"data set of {offers} offers per language is in place")
        return counts()
    rng = random.Random(seed)
    with one_generation_for_many_changes():
        trees = {language: sections(home, language) for language, home in homes().items()}
        # Saved one by one through Wagtail, so as many as at 10,000 offers, not more: the
        # larger sizes measure search over the offers.
        few = min(max(offers // 100, 5), 100)
        partners = _pages(trees, PartnerPage, few, rng, log, _partner_fields)
        _pages(trees, ChallengePage, few, rng, log, _challenge_fields)
        _pages(trees, ArticlePage, 2 * few, rng, log, _article_fields)
        _bulk_offers(trees, partners, offers, rng, log)
    return counts()


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (OfferPage, ChallengePage, PartnerPage, ArticlePage)
    }


def _partner_fields(rng, language, n):
    return {
        "title": f"{words(rng, language, 2).title()} {n} GmbH",
        "kind": PartnerKind.COMPANY,
        "industry": words(rng, language, 2),
        "teaser": words(rng, language, 25),
        "website": f"https://partner{n}.example",
    }


def _challenge_fields(rng, language, n):
    return {
        "title": f"Challenge {n}: {words(rng, language, 5)}",
        "teaser": words(rng, language, 25),
        "problem": f"<p>{words(rng, language, 120)}</p>",
        "format": Format.HYBRID,
    }


def _article_fields(rng, language, n):
    return {
        "title": f"{words(rng, language, 6).capitalize()} {n}",
        "teaser": words(rng, language, 30),
        "date": timezone.localdate() - datetime.timedelta(days=n),
        "body": paragraph(rng, language),
        "authors": [ArticleAuthor(name="Jana Brandes", role="Redaktion")],
    }


def _pages(trees, model, count: int, rng, log, fields) -> dict[str, list[Page]]:
    """``count`` pages of ``model`` per language, the English ones translations of the German."""
    index_model = {
        PartnerPage: PartnerIndexPage,
        ChallengePage: ChallengeIndexPage,
        ArticlePage: ArticleIndexPage,
    }[model]
    made: dict[str, list[Page]] = {"de": [], "en": []}
    for n in range(count):
        key = uuid.uuid4()
        for language, tree in trees.items():
            parent = tree[index_model]
            values = fields(rng, language, n)
            if model is ChallengePage:
                values["place"] = _place(rng, language)
            page = model(
                slug=f"{slugify(values['title'])[:60]}-{n}",
                locale_id=parent.locale_id,
                translation_key=key,
                **values,
            )
            made[language].append(parent.add_child(instance=page))
    log(f"{count} {model.__name__} per language")
    return made


_places: dict[str, list[Place]] = {}


def _place(rng, language):
    if language not in _places:
        _places[language] = list(Place.objects.filter(locale__language_code=language))
    return rng.choice(_places[language]) if _places[language] else None


def _bulk_offers(trees, partners, count: int, rng, log, batch: int = 500) -> None:
    today = timezone.now()
    for start in range(0, count, batch):
        rows = []
        for n in range(start, min(start + batch, count)):
            key, begins = uuid.uuid4(), today + datetime.timedelta(days=rng.randint(-30, 300))
            kind = rng.choice(list(OfferType))
            index = rng.randrange(len(partners["de"]))
            chosen = vocabulary.skills(rng)
            for language, tree in trees.items():
                topics = vocabulary.skill_names(chosen, language)
                with translation.override(language):
                    label = str(kind.label)
                joined = " und " if language == "de" else " and "
                title = f"{label} {n}: {joined.join(topics)}"
                rows.append(
                    (
                        tree[OfferIndexPage],
                        OfferPage(
                            title=title,
                            draft_title=title,
                            slug=f"{slugify(title)[:60]}-{n}",
                            locale_id=tree[OfferIndexPage].locale_id,
                            translation_key=key,
                            teaser=f"{topics[0]}: {words(rng, language, 28, topics)}",
                            body=paragraph(rng, language, topics),
                            offer_type=kind,
                            provider_kind=ProviderKind.EMPLOYER,
                            format=rng.choice(list(Format)),
                            place=_place(rng, language),
                            partner=partners[language][index],
                            starts_at=begins,
                            ends_at=begins + datetime.timedelta(hours=3),
                            expires_on=timezone.localdate(begins),
                            **(_job_terms(kind, rng) if kind in JOB_OFFER_TYPES else {}),
                            live=True,
                            first_published_at=today,
                            last_published_at=today,
                        ),
                    )
                )
        _insert(rows)
        log(f"offers: {min(start + batch, count)} of {count} per language")


# A job ad of each type with the terms an editor must give (offers.models.job.job_errors).
_JOB_TERMS = {
    OfferType.INTERNSHIP: (EmploymentType.VOLUNTARY_INTERNSHIP, 40, 1800, PayUnit.MONTH),
    OfferType.THESIS: (EmploymentType.THESIS, 40, 1200, PayUnit.MONTH),
    OfferType.WORKING_STUDENT: (EmploymentType.WORKING_STUDENT, 18, 16, PayUnit.HOUR),
    OfferType.CAREER_ENTRY: (EmploymentType.FULL_TIME, 40, 52000, PayUnit.YEAR),
    OfferType.TRAINEE: (EmploymentType.FULL_TIME, 40, 48000, PayUnit.YEAR),
}


def _job_terms(kind: OfferType, rng: random.Random) -> dict:
    employment, hours, pay, unit = _JOB_TERMS[kind]
    return {
        "employment_type": employment,
        "hours_per_week": hours,
        "start_asap": True,
        "pay_min": pay,
        "pay_max": round(pay * rng.choice((1, 1.1, 1.2))),
        "pay_unit": unit,
        "application_email": "jobs@example.org",
    }


@transaction.atomic
def _insert(rows: list[tuple[Page, OfferPage]]) -> None:
    """Place the offers below their index pages in the tree and insert them in two batches."""
    content_type = ContentType.objects.get_for_model(OfferPage)
    by_parent: dict[int, int] = {}
    for parent in {parent.pk: parent for parent, _offer in rows}.values():
        parent.refresh_from_db(fields=["numchild", "path", "depth", "url_path"])
    for parent, offer in rows:
        position = by_parent.get(parent.pk, parent.numchild) + 1
        by_parent[parent.pk] = position
        offer.depth = parent.depth + 1
        offer.path = Page._get_path(parent.path, offer.depth, position)
        offer.url_path = f"{parent.url_path}{offer.slug}/"
        offer.content_type = content_type
    page_fields = [f.attname for f in Page._meta.concrete_fields if f.attname != "id"]
    pages = [Page(**{name: getattr(offer, name) for name in page_fields}) for _p, offer in rows]
    Page.objects.bulk_create(pages, batch_size=200)
    offers = []
    for page, (_parent, offer) in zip(pages, rows, strict=True):
        offer.page_ptr_id = offer.id = page.pk
        offers.append(offer)
    fields = list(OfferPage._meta.local_concrete_fields)
    for chunk in range(0, len(offers), 50):
        OfferPage._base_manager._insert(offers[chunk : chunk + 50], fields=fields)
    for parent_id, numchild in by_parent.items():
        Page.objects.filter(pk=parent_id).update(numchild=numchild)
