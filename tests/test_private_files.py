"""Personal files and documents of a private collection are not public by address: they are
stored outside the media folder the proxy serves and reach only the people a view lets in.
Employers' images stay out of the public image API until their offer is approved, and go
when the submission is withdrawn or purged."""

import datetime
import io
import re
from pathlib import Path

import pytest
import wagtail_factories
from PIL import Image as PillowImage

from django.core import mail
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.http import Http404
from django.test import Client, RequestFactory
from django.utils import timezone
from django.views.static import serve

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from offers.models import OfferSubmission, SubmissionStatus, TeamApplication
from tests import factories
from tests.public_forms import offer_form_data, team_form_data, user_in

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def proxy_get(settings, url: str) -> int:
    """What the reverse proxy answers for a /media/ address: the file under MEDIA_ROOT."""
    assert url.startswith(settings.MEDIA_URL)
    request = RequestFactory().get(url)
    try:
        serve(request, url[len(settings.MEDIA_URL) :], document_root=settings.MEDIA_ROOT)
    except Http404:
        return 404
    return 200


def png() -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def fresh_limits():
    caches["shared"].clear()


@pytest.fixture
def private_collection() -> Collection:
    collection = Collection.get_first_root_node().add_child(name="Vertraulich")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def test_a_document_of_a_private_collection_is_served_only_through_the_checking_view(
    client, settings, private_collection
):
    moderator = user_in("Moderation")
    client.force_login(moderator)
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Gehaltsbänder 2027",
            "collection": private_collection.pk,
            "file": SimpleUploadedFile("gehaltsbaender.pdf", PDF, "application/pdf"),
        },
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Gehaltsbänder 2027")
    client.logout()

    assert proxy_get(settings, f"{settings.MEDIA_URL}{document.file.name}") == 404
    assert not (Path(settings.MEDIA_ROOT) / document.file.name).exists()
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / document.file.name).exists()
    assert document.url.startswith("/documents/")
    anonymous = client.get(document.url)
    assert anonymous.status_code in (302, 403) and PDF not in b"".join(anonymous)
    listed = client.get("/api/v2/documents/").json()
    assert [item["id"] for item in listed["items"]] == []

    client.force_login(moderator)
    allowed = client.get(document.url)
    assert allowed.status_code == 200
    assert b"".join(allowed.streaming_content) == PDF


@pytest.fixture
def application() -> TeamApplication:
    challenge = factories.ChallengePageFactory(team_size_min=2, team_size_max=3)
    upload = SimpleUploadedFile("konzept.pdf", PDF, content_type="application/pdf")
    Client().post(
        f"/de/challenges/{challenge.pk}/bewerben/", {**team_form_data(), "attachment": upload}
    )
    return TeamApplication.objects.get()


def test_a_team_pdf_is_private_and_reaches_only_staff_who_may_see_the_application(
    client, settings, application
):
    name = application.attachment.name
    assert proxy_get(settings, f"{settings.MEDIA_URL}{name}") == 404
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / name).exists()
    address = f"/admin/team_applications/attachment/{application.pk}/"

    assert client.get(address).status_code == 302  # to the admin's login
    client.force_login(user_in("Redaktion"))
    assert client.get(address).status_code in (302, 403)
    client.force_login(user_in("Moderation"))
    review = client.get(f"/admin/team_applications/inspect/{application.pk}/")
    assert address in review.text
    response = client.get(address)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert "private" in response["Cache-Control"]


@pytest.fixture
def submission(client) -> OfferSubmission:
    factories.PartnerIndexPageFactory()
    factories.OfferIndexPageFactory()
    upload = SimpleUploadedFile("logo.png", png(), content_type="image/png")
    client.post("/de/angebot-einreichen/", {**offer_form_data(), "image": upload})
    return OfferSubmission.objects.get()


def _api_image_ids(client) -> list[int]:
    return [item["id"] for item in client.get("/api/v2/images/").json()["items"]]


def test_an_employers_upload_is_private_and_its_image_public_only_once_approved(
    client, settings, submission
):
    assert proxy_get(settings, f"{settings.MEDIA_URL}{submission.upload.name}") == 404
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / submission.upload.name).exists()
    image = submission.image
    assert image is not None and submission.page.listing_image == image
    assert proxy_get(settings, f"{settings.MEDIA_URL}{image.file.name}") == 404
    assert image.pk not in _api_image_ids(client)
    assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404
    root = Collection.get_first_root_node()
    wagtail_factories.ImageFactory(title="Kontrollbild", collection=root)
    client.force_login(user_in("Redaktion"))
    chooser = client.get("/admin/images/chooser/results/")
    assert chooser.status_code == 200 and "Kontrollbild" in chooser.text
    assert f"/admin/images/chooser/{image.pk}/" not in chooser.text

    client.force_login(user_in("Moderation"))
    client.post(f"/admin/offer_submissions/inspect/{submission.pk}/", {"action": "approve"})
    client.logout()

    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.PUBLISHED
    assert image.pk in _api_image_ids(client)
    image.refresh_from_db()  # the original moved to where public images are served
    assert proxy_get(settings, f"{settings.MEDIA_URL}{image.file.name}") == 200
    assert client.get(submission.page.url).status_code == 200


def _status_link() -> str:
    return re.search(r"https?://\S+/status/\w+/", mail.outbox[0].body).group(0)


def test_a_withdrawn_submission_takes_its_image_and_files_along(
    client, settings, submission, django_capture_on_commit_callbacks
):
    image = submission.image
    original = Path(image.file.path)
    assert original.exists()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(_status_link(), {"action": "withdraw", "confirmed": "yes"})

    assert not get_image_model().objects.filter(pk=image.pk).exists()
    assert not original.exists()


def test_a_purged_submission_takes_its_image_and_files_along(
    client, settings, submission, django_capture_on_commit_callbacks
):
    image = submission.image
    original = Path(image.file.path)
    upload = Path(submission.upload.path)
    client.force_login(user_in("Moderation"))
    client.post(
        f"/admin/offer_submissions/inspect/{submission.pk}/",
        {"action": "decline", "reason": "Kein IT-Bezug."},
    )
    long_ago = timezone.now() - datetime.timedelta(days=settings.PUBLIC_FORMS_PURGE_AFTER_DAYS + 1)
    OfferSubmission.objects.filter(pk=submission.pk).update(decided_at=long_ago)

    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_submissions", verbosity=0)

    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.DECLINED and submission.purged_at
    assert not get_image_model().objects.filter(pk=image.pk).exists()
    assert not original.exists() and not upload.exists()


def test_files_uploaded_before_private_storage_move_out_of_the_public_folder(
    client, settings, tmp_path, private_collection
):
    settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT = tmp_path / "media", tmp_path / "private"
    old = settings.MEDIA_ROOT / "documents" / "vertrag.pdf"
    old.parent.mkdir(parents=True)
    old.write_bytes(PDF)
    logo = settings.MEDIA_ROOT / "original_images" / "logo.png"
    logo.parent.mkdir(parents=True)
    logo.write_bytes(png())
    document = get_document_model().objects.create(
        title="Vertrag", file="documents/vertrag.pdf", collection=private_collection
    )

    call_command("move_private_files", verbosity=0)

    assert proxy_get(settings, "/media/documents/vertrag.pdf") == 404
    assert logo.exists()  # public images stay where the proxy serves them
    client.force_login(user_in("Moderation"))
    response = client.get(document.url)
    assert b"".join(response.streaming_content) == PDF
