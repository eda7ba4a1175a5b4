"""A moderator's day with employer submissions, through the real admin views."""

import importlib
import io

import openpyxl
import pytest
from PIL import Image as PillowImage

from django.apps import apps
from django.contrib.auth.models import User
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import Revision
from wagtail.users.models import UserProfile

from offers.models import OfferSubmission, PartnerPage
from tests.admin_forms import edit_form_data
from tests.factories import OfferIndexPageFactory, OfferPageFactory, PartnerIndexPageFactory
from tests.public_forms import offer_form_data, user_in

pytestmark = pytest.mark.django_db

FORM_DE = "/de/angebot-einreichen/"


@pytest.fixture
def offers_index():
    PartnerIndexPageFactory()
    return OfferIndexPageFactory()


def submitted(client, **overrides) -> OfferSubmission:
    client.post(FORM_DE, offer_form_data(**overrides))
    return OfferSubmission.objects.get()


def review_url(submission) -> str:
    return f"/admin/offer_submissions/inspect/{submission.pk}/"


def test_a_description_with_line_breaks_opens_in_the_editor_as_paragraphs(client, offers_index):
    text = "Erste Zeile\nzweite Zeile\n\nNeuer Absatz:\n- Python\n- Django"
    submission = submitted(client, description=text)
    offer = submission.page
    client.force_login(user_in("Moderation"))

    assert client.get(f"/admin/pages/{offer.pk}/edit/").status_code == 200
    client.post(review_url(submission), {"action": "approve"})
    assert client.get(f"/admin/pages/{offer.pk}/edit/").status_code == 200

    offer.refresh_from_db()
    public = client.get(offer.url).text
    assert "<p>Erste Zeile<br/>zweite Zeile</p>" in public
    assert "<ul><li>Python</li><li>Django</li></ul>" in public


def test_an_offer_stored_with_html_line_breaks_opens_after_the_repair(client, offers_index):
    broken = "<p>Erste Zeile<br>zweite Zeile</p>"
    offer = OfferPageFactory(body=[("paragraph", broken)])
    offer.save_revision()
    client.force_login(user_in("Moderation"))
    with pytest.raises(AssertionError, match="Unmatched tags"):
        client.get(f"/admin/pages/{offer.pk}/edit/")

    repair = importlib.import_module("offers.migrations.0014_rich_text_line_breaks")
    repair.repair_line_breaks(apps, None)

    assert client.get(f"/admin/pages/{offer.pk}/edit/").status_code == 200
    offer.refresh_from_db()
    assert offer.body[0].value.source == "<p>Erste Zeile<br/>zweite Zeile</p>"
    content = Revision.objects.filter(object_id=str(offer.pk)).latest("pk").content
    assert "<br>" not in str(content) and "<br/>" in str(content)


def test_approved_in_the_queue_the_new_organisations_page_goes_live_too(client, offers_index):
    submission = submitted(client)
    client.force_login(user_in("Moderation"))
    review = client.get(review_url(submission)).text
    assert f"/admin/pages/{submission.partner.pk}/edit/" in review
    assert "Leinecode GmbH" in review

    client.post(review_url(submission), {"action": "approve"})
    client.logout()

    submission.partner.refresh_from_db()
    assert submission.partner.live
    assert client.get(submission.partner.url).status_code == 200
    offer = client.get(submission.page.specific.url).text
    assert f'href="{submission.partner.url}"' in offer


def test_an_editors_unreviewed_draft_of_the_new_partner_does_not_go_live_with_the_offer(
    client, offers_index
):
    submission = submitted(client)
    partner = submission.partner
    client.force_login(user_in("Redaktion"))
    data = {**edit_form_data(client, partner), "title": ["Bitte hier Passwort eingeben"]}
    client.post(f"/admin/pages/{partner.pk}/edit/", data)  # "Save draft"
    client.force_login(user_in("Moderation"))

    client.post(review_url(submission), {"action": "approve"})

    partner = PartnerPage.objects.get(pk=partner.pk)
    assert partner.live and partner.title == "Leinecode GmbH"
    assert partner.has_unpublished_changes  # the editor's change waits for its own review
    assert partner.get_latest_revision_as_object().title == "Bitte hier Passwort eingeben"


def test_approved_in_wagtails_workflow_the_new_organisations_page_goes_live_too(
    client, offers_index
):
    submission = submitted(client)
    offer = submission.page
    client.force_login(user_in("Moderation"))
    task_state = offer.current_workflow_task_state

    client.post(f"/admin/pages/workflow/action/{offer.pk}/approve/{task_state.pk}/", {})
    client.logout()

    offer.refresh_from_db()
    submission.partner.refresh_from_db()
    assert offer.live and submission.partner.live
    assert client.get(submission.partner.url).status_code == 200


def prefers(user, language: str):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def test_each_moderator_gets_one_mail_naming_the_submission_in_their_admin_language(
    client, offers_index
):
    german = user_in("Moderation")
    english = prefers(user_in("Moderation", "moderator-en"), "en")
    superuser = User.objects.create_superuser("root", "root@proxlab.example", "pw")

    submission = submitted(client)

    (to_german,) = [m for m in mail.outbox if german.email in m.to]
    (to_english,) = [m for m in mail.outbox if english.email in m.to]
    assert not [m for m in mail.outbox if superuser.email in m.to]
    assert to_german.subject == (
        "Neues Angebot eingereicht: „Workshop Barrierefreie Formulare“ von Leinecode GmbH"
    )
    assert "Leinecode GmbH (neue Organisation)" in to_german.body
    assert "Art des Angebots: Workshop" in to_german.body
    assert f"http://testserver{review_url(submission)}" in to_german.body
    assert to_english.subject == (
        "New offer submitted: “Workshop Barrierefreie Formulare” from Leinecode GmbH"
    )
    assert "Leinecode GmbH (new organisation)" in to_english.body
    assert "Type of offer: Workshop" in to_english.body


def png() -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def test_the_review_page_shows_everything_sent_in_the_moderators_time_zone(client, offers_index):
    upload = SimpleUploadedFile("logo.png", png(), content_type="image/png")
    submission = submitted(
        client,
        image=upload,
        topics="Barrierefreiheit, Formulardesign",
        date_2_starts_at="2031-05-21T14:00",
        date_2_ends_at="2031-05-21T17:00",
    )
    moderator = user_in("Moderation")
    profile = UserProfile.get_for_user(moderator)
    profile.current_time_zone = "Europe/London"  # an hour behind the form's Berlin time
    profile.save()
    client.force_login(moderator)

    page = client.get(review_url(submission)).text

    for shown in (
        "Workshop",
        "Vor Ort",
        "Hildesheim",
        "14. Mai 2031 13:00 – 14. Mai 2031 16:00",
        "21. Mai 2031 13:00 – 21. Mai 2031 16:00",
        "10. Mai 2031",
        "Studierende, Absolvent",
        "Deutsch",
        "https://leinecode.example/anmeldung",
        "Mara Lindner",
        "mara@leinecode.example",
        "Formulardesign",
        "Ja",
        "—",
        'src="/media/images/',
    ):
        assert shown in page, shown
    for raw in (">True<", ">False<", ">None<", "+00:00", "T14:00"):
        assert raw not in page, raw


def test_staff_export_the_submissions_as_csv_and_excel(client, offers_index):
    submission = submitted(client)
    moderator = user_in("Moderation")
    client.force_login(moderator)
    client.post(review_url(submission), {"action": "approve"})

    csv = b"".join(client.get("/admin/offer_submissions/?export=csv").streaming_content).decode()
    xlsx = client.get("/admin/offer_submissions/?export=xlsx")

    header, row = csv.splitlines()[:2]
    assert header.startswith("Organisation,Neu oder bekannt,Titel des Angebots,Art des Angebots")
    assert row.startswith("Leinecode GmbH,Neue Organisation,Workshop Barrierefreie Formulare,")
    assert "Hildesheim" in row and "Veröffentlicht" in row and "moderation" in row
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][0] == "Leinecode GmbH"


def test_what_an_employer_typed_never_runs_as_a_formula_in_the_csv(client, offers_index):
    client.post(FORM_DE, offer_form_data(organisation_name='=HYPERLINK("http://evil.example")'))
    client.force_login(user_in("Moderation"))

    csv = b"".join(client.get("/admin/offer_submissions/?export=csv").streaming_content).decode()

    row = csv.splitlines()[1]
    assert row.startswith('"\'=HYPERLINK(""http://evil.example"")",')


def test_invisible_characters_never_reach_the_offer_its_feed_or_the_exports(client, offers_index):
    submission = submitted(
        client,
        title="Ctrl\x01Titel\x0b",
        teaser="Teaser\x02\x0c",
        organisation_name="ACME\x01 GmbH",
    )
    assert (submission.title, submission.organisation_name) == ("CtrlTitel", "ACME GmbH")
    client.force_login(user_in("Moderation"))
    client.post(review_url(submission), {"action": "approve"})

    assert client.get("/de/angebote/feed/").status_code == 200
    xlsx = client.get("/admin/offer_submissions/?export=xlsx")
    assert xlsx.status_code == 200 and b"".join(xlsx.streaming_content)


def test_a_partner_id_no_database_holds_is_no_choice(client, offers_index):
    response = client.post(FORM_DE, offer_form_data(partner="99999999999999999999999"))

    assert response.status_code == 200
    assert "partner" in response.context["form"].errors
