"""Every page type sits in its place of the tree and is routable, renderable and editable."""

from django.db import models
from django.urls import reverse
from django.utils import timezone, translation

from modelcluster.fields import ParentalManyToManyField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from home.models import ArticleIndexPage, ArticlePage, HomePage, StandardPage
from offers.models import (
    ChallengeIndexPage,
    ChallengePage,
    OfferIndexPage,
    OfferPage,
    PartnerIndexPage,
    PartnerPage,
)
from tests import factories


class PageTreeTests(WagtailPageTestCase):
    def test_home_page_holds_the_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                OfferIndexPage,
                ChallengeIndexPage,
                PartnerIndexPage,
                ArticleIndexPage,
                StandardPage,
            },
        )

    def test_items_live_only_below_their_index(self):
        for index, item in [
            (OfferIndexPage, OfferPage),
            (ChallengeIndexPage, ChallengePage),
            (PartnerIndexPage, PartnerPage),
            (ArticleIndexPage, ArticlePage),
        ]:
            with self.subTest(item=item.__name__):
                self.assertAllowedSubpageTypes(index, {item})
                self.assertAllowedParentPageTypes(item, {index})
                self.assertAllowedSubpageTypes(item, set())

    def test_index_pages_cannot_be_created_twice_under_one_home(self):
        factories.OfferIndexPageFactory()
        home = factories.german_home()

        self.assertFalse(OfferIndexPage.can_create_at(home))
        self.assertTrue(StandardPage.can_create_at(home))


class PageLifecycleTests(WagtailPageTestCase):
    def assertPageIsRoutable(self, page, route_path="/", msg=None):
        # Wagtail's helper routes the whole URL; ours start with a language prefix (/de/…)
        # that i18n_patterns consumes before Wagtail sees the path.
        language, *components = [
            part for part in page.get_url(self.dummy_request).split("/") if part
        ]
        self.assertEqual(language, page.locale.language_code)
        with translation.override(language):
            routed = page.get_site().root_page.localized.specific.route(
                self.dummy_request, components
            )
        self.assertEqual(routed.page.pk, page.pk, msg)

    @classmethod
    def setUpTestData(cls):
        partner = factories.PartnerPageFactory()
        cls.pages = [
            factories.german_home(),
            factories.StandardPageFactory(title="Impressum"),
            factories.OfferIndexPageFactory(),
            factories.OfferPageFactory(partner=partner),
            factories.ChallengeIndexPageFactory(),
            factories.ChallengePageFactory(partner=partner),
            factories.PartnerIndexPageFactory(),
            partner,
            factories.ArticleIndexPageFactory(),
            factories.ArticlePageFactory(),
        ]

    def setUp(self):
        self.editor = self.login()

    def _edit_form_data(self, page) -> dict:
        """The edit form as the browser would post it; StreamFields are drawn by JavaScript,
        so they are posted empty."""
        self.client.force_login(self.editor)  # Wagtail's assertions log out when they finish
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
        # The HTML reader leaves out checked boxes and misreads multiple selects: post the
        # page's own values for those.
        form_fields = type(page).get_edit_handler().get_form_class().base_fields
        for field in page._meta.get_fields():
            if isinstance(field, StreamField):
                data[f"{field.name}-count"] = "0"
            elif isinstance(field, models.BooleanField) and field.name in form_fields:
                data.setlist(field.name, ["on"] if getattr(page, field.name) else [])
            elif isinstance(field, ParentalManyToManyField):
                values = getattr(page, field.name).values_list("pk", flat=True)
                data.setlist(field.name, [str(pk) for pk in values])
        data["action-publish"] = ""
        return data

    def test_every_page_type_is_routable_renderable_editable_and_previewable(self):
        for page in self.pages:
            page = Page.objects.get(pk=page.pk).specific
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
                self.assertPageIsEditable(page, post_data=self._edit_form_data(page))
                self.assertPageIsPreviewable(page, post_data=self._edit_form_data(page))


class EditorCreatesPagesTests(WagtailPageTestCase):
    def setUp(self):
        self.login()

    def test_editor_creates_an_offer(self):
        index = factories.OfferIndexPageFactory()
        data = nested_form_data(
            {
                "title": "Workshop Cloud-Grundlagen",
                "slug": "workshop-cloud",
                "teaser": "Ein Nachmittag mit Praxisbeispielen.",
                "offer_type": "workshop",
                "provider_kind": "university",
                "body": streamfield([("paragraph", rich_text("<p>Wir bauen eine Anwendung.</p>"))]),
                "for_students": "on",
                "format": "online",
                "language": "de",
                "is_free": "on",
                "starts_at": (timezone.localtime() + timezone.timedelta(days=3)).strftime(
                    "%Y-%m-%d %H:%M"
                ),
                "sessions": inline_formset([]),
            }
        )

        self.assertCanCreate(index, OfferPage, data)

        offer = OfferPage.objects.get(slug="workshop-cloud")
        self.assertTrue(offer.live)
        self.assertIsNotNone(offer.expires_on)

    def test_editor_creates_a_course_with_sessions(self):
        index = factories.OfferIndexPageFactory()
        first = (timezone.localtime() + timezone.timedelta(days=7)).replace(hour=18, minute=0)
        evenings = [first + timezone.timedelta(weeks=week) for week in range(3)]
        data = nested_form_data(
            {
                "title": "Python am Abend",
                "slug": "python-am-abend",
                "offer_type": "course",
                "provider_kind": "university",
                "body": streamfield([]),
                "for_students": "on",
                "format": "online",
                "language": "de",
                "is_free": "on",
                "sessions": inline_formset(
                    [
                        {
                            "starts_at": evening.strftime("%Y-%m-%d %H:%M"),
                            "ends_at": (evening + timezone.timedelta(hours=2)).strftime(
                                "%Y-%m-%d %H:%M"
                            ),
                        }
                        for evening in evenings
                    ]
                ),
            }
        )

        self.assertCanCreate(index, OfferPage, data)

        course = OfferPage.objects.get(slug="python-am-abend")
        self.assertEqual(course.sessions.count(), 3)
        self.assertEqual(course.starts_at, evenings[0].replace(second=0, microsecond=0))
        self.assertEqual(
            course.ends_at,
            (evenings[2] + timezone.timedelta(hours=2)).replace(second=0, microsecond=0),
        )

    def test_editor_creates_a_challenge_with_phases(self):
        index = factories.ChallengeIndexPageFactory()
        today = timezone.localdate()
        data = nested_form_data(
            {
                "title": "Smarte Lagerlogistik",
                "slug": "lagerlogistik",
                "problem": rich_text("<p>Wie finden Teams Engpässe?</p>"),
                "team_size_min": 3,
                "team_size_max": 5,
                "number_of_teams": 4,
                "format": "online",
                "phases": inline_formset(
                    [{"kind": "application", "starts_on": str(today), "ends_on": str(today)}]
                ),
                "team_results": inline_formset([]),
                "results": streamfield([]),
            }
        )

        self.assertCanCreate(index, ChallengePage, data)

        challenge = ChallengePage.objects.get(slug="lagerlogistik")
        self.assertEqual(challenge.status(), "application_open")

    def test_offer_without_price_or_place_is_refused_with_a_message(self):
        index = factories.OfferIndexPageFactory()
        data = nested_form_data(
            {
                "title": "Bezahlter Kurs",
                "slug": "kurs",
                "offer_type": "course",
                "provider_kind": "service_provider",
                "body": streamfield([]),
                "for_students": "on",
                "format": "on_site",
                "language": "de",
                "action-publish": "action-publish",
            }
        )

        url = reverse("wagtailadmin_pages:add", args=["offers", "offerpage", index.pk])
        response = self.client.post(url, data)

        self.assertEqual(response.status_code, 200)
        self.assertFalse(OfferPage.objects.filter(slug="kurs").exists())
        errors = response.context["form"].errors
        self.assertIn("price", errors)
        self.assertIn("place", errors)
