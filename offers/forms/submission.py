"""The employer's offer form: the fields of an offer, in words a visitor understands."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from home.models import Competence, Place
from offers.choices import Audience, Format, OfferType
from offers.models import OfferPage
from offers.models.partner import partners_in

from .job import JOB_FIELDS, JobAdFields, job_data
from .public import ImageUploadField, PlainTextarea, PlainTextField, PublicForm

AUDIENCE_FIELDS = {
    Audience.STUDENTS: "for_students",
    Audience.GRADUATES: "for_graduates",
    Audience.EMPLOYERS: "for_employers",
}
# Errors of OfferPage.validation_errors() shown at the form field they concern.
MODEL_TO_FORM_FIELD = {
    "for_students": "audience",
    "price": "offer_type",
    "application_url": "registration_url",
}


class DateInput(forms.DateInput):
    input_type = "date"


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class OfferSubmissionForm(JobAdFields, PublicForm):
    partner = forms.ModelChoiceField(
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
    place = forms.ModelChoiceField(label=_("Place"), queryset=None, required=False)
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
    consent = forms.BooleanField(
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
        # The offer's own rules, written once on the page model.
        offer = OfferPage(**self.offer_fields(cleaned))
        for field, message in offer.validation_errors().items():
            name = MODEL_TO_FORM_FIELD.get(field, field)
            if name in self.fields and name not in self.errors:
                self.add_error(name, message)
        return cleaned

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
            **job_data(cleaned),
        }
