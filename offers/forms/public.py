"""The public-form machinery every visitor form shares: a hidden honeypot, a signed start
time (minimum fill time, one-time nonce against double submits), text without HTML, and
uploads checked by their content."""

import re
import time
import unicodedata
import uuid

from PIL import Image, UnidentifiedImageError

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from home.feeds import xml_text

FORM_SALT = "proxlab.public-form"
HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>")
IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}


def form_stamp(started: float | None = None, nonce: str | None = None) -> str:
    """The signed value of the hidden `stamp` field: when the form was shown, and a nonce."""
    return signing.dumps(
        {"at": time.time() if started is None else started, "nonce": nonce or uuid.uuid4().hex},
        salt=FORM_SALT,
    )


def reject_html(value: str) -> None:
    if value and HTML_TAG.search(value):
        raise ValidationError(_("Please enter plain text without HTML tags."), code="html")


def visible_text(value: str) -> str:
    """Text without control characters; "" when nothing a reader could see is left (only
    zero-width or other format characters and spaces)."""
    value = xml_text(value)
    if all(
        unicodedata.category(char) in ("Cf", "Zs", "Zl", "Zp") or char.isspace() for char in value
    ):
        return ""
    return value


class PlainTextField(forms.CharField):
    """Text as typed, without markup or invisible characters: a field that carries a tag is
    sent back to the visitor, and one of only invisible characters counts as empty."""

    default_validators = [reject_html]

    def to_python(self, value):
        return visible_text(super().to_python(value))


class ChoiceById(forms.ModelChoiceField):
    """A record chosen by its id; an id larger than any database column holds is no choice
    (SQLite raises OverflowError on it, PostgreSQL a DataError)."""

    def to_python(self, value):
        if str(value).isdigit() and int(value) > 2**63 - 1:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class PlainTextarea(PlainTextField):
    widget = forms.Textarea


class ConsentField(forms.BooleanField):
    """The box every public form ends with; unticked, it says what to do."""

    default_error_messages = {
        "required": _(
            "Please tick the box to confirm that you have read the privacy notice and agree: "
            "without it the form cannot be sent."
        )
    }


def check_upload_size(upload) -> None:
    if upload.size > settings.PUBLIC_FORMS_MAX_UPLOAD_BYTES:
        megabytes = settings.PUBLIC_FORMS_MAX_UPLOAD_BYTES // (1024 * 1024)
        raise ValidationError(
            _("The file is larger than %(size)s MB.") % {"size": megabytes}, code="size"
        )


class PdfUploadField(forms.FileField):
    """An optional PDF, judged by what the file is: it must begin with a PDF header and end
    with the end-of-file mark, within the size limit. Whatever its name says."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload:
            return upload
        check_upload_size(upload)
        upload.seek(0)
        head = upload.read(8)
        upload.seek(max(0, upload.size - 1024))
        tail = upload.read()
        if not head.startswith(b"%PDF-") or b"%%EOF" not in tail:
            raise ValidationError(_("This file is not a PDF document."), code="not_pdf")
        upload.seek(0)
        upload.name = f"{uuid.uuid4().hex}.pdf"
        return upload


class ImageUploadField(forms.FileField):
    """An optional image, judged by what the file is, not by its name: a real JPEG, PNG,
    WebP or GIF within the size and pixel limits."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload:
            return upload
        check_upload_size(upload)
        try:
            upload.seek(0)
            with Image.open(upload) as image:
                width, height = image.size
                kind = image.format
                if width * height > settings.PUBLIC_FORMS_MAX_UPLOAD_PIXELS:
                    raise ValidationError(_("The image has too many pixels."), code="pixels")
                image.verify()
        except ValidationError:
            raise
        except (
            UnidentifiedImageError,
            OSError,
            ValueError,
            SyntaxError,
            Image.DecompressionBombError,
        ):
            raise ValidationError(
                _("This file is not an image. Choose a JPEG, PNG, WebP or GIF file."),
                code="not_image",
            ) from None
        if kind not in IMAGE_FORMATS:
            raise ValidationError(
                _("This file is not an image. Choose a JPEG, PNG, WebP or GIF file."),
                code="not_image",
            )
        upload.seek(0)
        # A name of our own: the visitor's file name says nothing we need and may say too much.
        upload.name = f"{uuid.uuid4().hex}.{IMAGE_FORMATS[kind]}"
        return upload


class PublicForm(forms.Form):
    """Base of every public form. Subclasses declare their fields; this adds the hidden ones.

    `is_bot` is set when the honeypot was filled: the view then stores nothing and says no
    more than for any other error.
    """

    # A field people never see (hidden by CSS and from screen readers); bots fill it in.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    stamp = forms.CharField(widget=forms.HiddenInput)

    hidden_names = ("website", "stamp")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.is_bot = False
        self.nonce = ""
        if not self.is_bound:
            self.initial["stamp"] = form_stamp()
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name not in self.hidden_names]

    @property
    def honeypot(self):
        return self["website"]

    def clean_stamp(self) -> str:
        max_age = settings.PUBLIC_FORMS_MAX_AGE_HOURS * 3600
        try:
            stamp = signing.loads(self.cleaned_data["stamp"], salt=FORM_SALT, max_age=max_age)
        except signing.BadSignature:
            raise ValidationError(
                _("This form has expired. Please check your entries and send it again."),
                code="expired",
            ) from None
        if time.time() - stamp["at"] < settings.PUBLIC_FORMS_MIN_FILL_SECONDS:
            raise ValidationError(
                _("That was very quick. Please check your entries and send the form again."),
                code="too_fast",
            )
        self.nonce = stamp["nonce"]
        return self.cleaned_data["stamp"]

    def clean_website(self) -> str:
        if self.cleaned_data["website"]:
            self.is_bot = True
            raise ValidationError(_("Please leave this field empty."), code="honeypot")
        return ""

    def renew_stamp(self) -> None:
        """A new stamp for the next try when this one was refused (expired, or too quick)."""
        data = self.data.copy()
        data["stamp"] = form_stamp()
        self.data = data
