"""The employer's offer form: the fields of an offer, in words a visitor understands."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from home.models import Competence, Place
from offers.choices import JOB_OFFER_TYPES, Audience, Format, OfferLanguage, OfferType
from offers.models import OfferPage
from offers.models.partner import partners_in

from .job import JOB_FIELDS, JobAdFields, job_data
from .public import (
    ChoiceById,
    ConsentField,
    ImageUploadField,
    PlainTextarea,
    PlainTextField,
    PublicForm,
)

AUDIENCE_FIELDS = {
    Audience.STUDENTS: "for_students",
    Audience.GRADUATES: "for_graduates",
    Audience.EMPLOYERS: "for_employers",
}
# Errors of OfferPage.validation_errors() shown at the form field they concern.
MODEL_TO_FORM_FIELD = {
    "for_students": "audience",
    "price": "price",
    "application_url": "registration_url",
}


class DateInput(forms.DateInput):
    input_type = "date"


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


# Further dates of a multi-day format (the first is "Starts"/"Ends"): a few rows are enough;
# moderators can add more in the admin.
FURTHER_DATES = range(2, 5)
COST_CHOICES = [("", _("Please choose")), ("free", _("Free of charge")), ("fee", _("With a fee"))]


def date_field(number: int, part: str) -> str:
    return f"date_{number}_{part}"


class OfferSubmissionForm(JobAdFields, PublicForm):
    partner = ChoiceById(
        label=_("Your organisation"),
        queryset=None,
        required=False,
        empty_label=_("Not listed yet: I enter its name below"),
    )
    organisation_name = PlainTextField(
        label=_("Name of a new organisation"), max_length=160, required=False
    )
    contact_name = PlainTextField(label=_("Contact person"), max_length=120)
    email = forms.EmailField(
        label=_("E-mail"), help_text=_("We send the status link and our decision here.")
    )
    title = PlainTextField(label=_("Title of the offer"), max_length=200)
    offer_type = forms.ChoiceField(label=_("Type of offer"), choices=OfferType.choices)
    teaser = PlainTextarea(
        label=_("Teaser"),
        max_length=300,
        help_text=_("One or two sentences shown on cards and in search results."),
    )
    description = PlainTextarea(label=_("Description"), max_length=6000)
    format = forms.ChoiceField(label=_("Format"), choices=Format.choices)
    place = ChoiceById(label=_("Place"), queryset=None, required=False)
    starts_at = forms.DateTimeField(
        label=_("Starts"),
        required=False,
        widget=DateTimeInput(),
        help_text=_("Empty for positions."),
    )
    ends_at = forms.DateTimeField(label=_("Ends"), required=False, widget=DateTimeInput())
    registration_deadline = forms.DateField(
        label=_("Registration or application deadline"), required=False, widget=DateInput()
    )
    language = forms.ChoiceField(
        label=_("Working language"), choices=OfferLanguage.choices, initial=OfferLanguage.GERMAN
    )
    cost = forms.ChoiceField(
        label=_("Cost for participants"),
        choices=COST_CHOICES,
        required=False,
        help_text=_("For events; not asked for internships, theses and positions."),
    )
    price = forms.DecimalField(
        label=_("Price in euros"), min_value=0, max_digits=8, decimal_places=2, required=False
    )
    audience = forms.MultipleChoiceField(
        label=_("For whom"), choices=Audience.choices, widget=forms.CheckboxSelectMultiple
    )
    topics = PlainTextField(
        label=_("Topics"),
        max_length=300,
        required=False,
        help_text=_("Separated by commas, e.g. Cloud, Data Science"),
    )
    competences = forms.ModelMultipleChoiceField(
        label=_("IT competences"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    registration_url = forms.URLField(
        label=_("Link to apply or register"), required=False, assume_scheme="https"
    )
    image = ImageUploadField(
        label=_("Logo or image (optional)"),
        required=False,
        help_text=_("JPEG, PNG, WebP or GIF, at most 5 MB."),
    )
    consent = ConsentField(
        label=_(
            "I have read the privacy notice and agree that my details are stored to review "
            "this offer."
        )
    )

    def __init__(self, *args, locale: Locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = locale
        self.fields["partner"].queryset = partners_in(locale)
        self.fields["place"].queryset = Place.objects.filter(locale=locale, live=True)
        self.fields["competences"].queryset = Competence.objects.filter(locale=locale, live=True)
        for number in FURTHER_DATES:
            self.fields[date_field(number, "starts_at")] = forms.DateTimeField(
                label=_("Date %(number)s: starts") % {"number": number},
                required=False,
                widget=DateTimeInput(),
            )
            self.fields[date_field(number, "ends_at")] = forms.DateTimeField(
                label=_("Date %(number)s: ends") % {"number": number},
                required=False,
                widget=DateTimeInput(),
            )

    @property
    def date_rows(self) -> list[list]:
        """The further dates' fields, a start and an end per row, for the template."""
        return [
            [self[date_field(number, "starts_at")], self[date_field(number, "ends_at")]]
            for number in FURTHER_DATES
        ]

    @property
    def job_fields(self) -> list:
        """The fields only job ads ask for."""
        return [self[name] for name in JOB_FIELDS]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("partner") and not cleaned.get("organisation_name"):
            self.add_error(
                "organisation_name",
                _("Choose your organisation, or enter the name of a new one."),
            )
        self._check_dates(cleaned)
        is_job = cleaned.get("offer_type") in JOB_OFFER_TYPES
        if not is_job and not cleaned.get("cost"):
            self.add_error("cost", _("Say whether taking part is free of charge or costs a fee."))
        # The offer's own rules, written once on the page model.
        offer = OfferPage(**self.offer_fields(cleaned))
        for field, message in offer.validation_errors().items():
            name = MODEL_TO_FORM_FIELD.get(field, field)
            if name == "price" and cleaned.get("cost") != "fee":
                continue  # no cost chosen yet: that field says so
            if name in self.fields and name not in self.errors:
                self.add_error(name, message)
        return cleaned

    def _check_dates(self, cleaned: dict) -> None:
        """No date in the past; each further date ends after it starts."""
        now = timezone.now()
        past = _("This date lies in the past. Please enter a date from today on.")
        names = ["starts_at", "ends_at"] + [
            date_field(number, part)
            for number in FURTHER_DATES
            for part in ("starts_at", "ends_at")
        ]
        for name in names:
            if cleaned.get(name) and cleaned[name] < now and name not in self.errors:
                self.add_error(name, past)
        deadline = cleaned.get("registration_deadline")
        if deadline and deadline < timezone.localdate():
            self.add_error(
                "registration_deadline",
                _("The deadline lies in the past. Please enter today or a later day."),
            )
        for number in FURTHER_DATES:
            start = cleaned.get(date_field(number, "starts_at"))
            end = cleaned.get(date_field(number, "ends_at"))
            if end and not start and date_field(number, "ends_at") not in self.errors:
                self.add_error(date_field(number, "starts_at"), _("Enter when this date starts."))
            if start and end and end < start and date_field(number, "ends_at") not in self.errors:
                self.add_error(date_field(number, "ends_at"), _("The end lies before the start."))

    def sessions(self) -> list[tuple[datetime.datetime, datetime.datetime | None]]:
        """Every date of a multi-day format, the first one included; [] for a single date."""
        cleaned = self.cleaned_data
        further = [
            (cleaned[date_field(n, "starts_at")], cleaned.get(date_field(n, "ends_at")))
            for n in FURTHER_DATES
            if cleaned.get(date_field(n, "starts_at"))
        ]
        if not further or not cleaned.get("starts_at"):
            return []
        return sorted([(cleaned["starts_at"], cleaned.get("ends_at")), *further])

    @staticmethod
    def offer_fields(cleaned: dict) -> dict:
        audience = set(cleaned.get("audience") or ())
        fields = {
            "offer_type": cleaned.get("offer_type", ""),
            "format": cleaned.get("format", ""),
            "place": cleaned.get("place"),
            "starts_at": cleaned.get("starts_at"),
            "ends_at": cleaned.get("ends_at"),
            "registration_deadline": cleaned.get("registration_deadline"),
            "language": cleaned.get("language") or OfferLanguage.GERMAN,
            "is_free": cleaned.get("cost") == "free",
            "price": cleaned.get("price") if cleaned.get("cost") == "fee" else None,
        }
        fields.update({name: value in audience for value, name in AUDIENCE_FIELDS.items()})
        fields.update({name: cleaned.get(name) for name in JOB_FIELDS})
        fields["remote_work"] = fields["remote_work"] or ""
        fields["start_asap"] = bool(fields["start_asap"])
        fields["unpaid"] = bool(fields["unpaid"])
        # A job ad is applied for through the same link an event is registered for.
        fields["application_url"] = cleaned.get("registration_url") or ""
        return fields

    def offer_data(self) -> dict:
        """The offer as JSON-safe values, stored with the submission to build the draft."""
        cleaned = self.cleaned_data

        def iso(value):
            return value.isoformat() if value else None

        return {
            "offer_type": cleaned["offer_type"],
            "teaser": cleaned["teaser"],
            "description": cleaned["description"],
            "format": cleaned["format"],
            "place": cleaned["place"].pk if cleaned.get("place") else None,
            "starts_at": iso(cleaned.get("starts_at")),
            "ends_at": iso(cleaned.get("ends_at")),
            "registration_deadline": iso(cleaned.get("registration_deadline")),
            "audience": sorted(cleaned["audience"]),
            "topics": [t.strip() for t in cleaned.get("topics", "").split(",") if t.strip()],
            "competences": [c.pk for c in cleaned.get("competences") or ()],
            "registration_url": cleaned.get("registration_url", ""),
            "language": cleaned["language"],
            "is_free": cleaned.get("cost") == "free",
            "price": str(cleaned["price"]) if cleaned.get("cost") == "fee" else None,
            "sessions": [[iso(start), iso(end)] for start, end in self.sessions()],
            **job_data(cleaned),
        }
