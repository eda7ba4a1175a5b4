"""The job-ad fields of the employer's offer form: what OfferPage's job ads need."""

import datetime
from decimal import Decimal

from django import forms
from django.utils.dateparse import parse_date
from django.utils.translation import gettext_lazy as _

from offers.choices import EmploymentType, PayUnit, RemoteWork

from .public import PlainTextField

# Form fields named like the OfferPage fields they fill.
JOB_FIELDS = (
    "employment_type",
    "hours_per_week",
    "start_asap",
    "start_date",
    "duration_months",
    "pay_min",
    "pay_max",
    "pay_unit",
    "unpaid",
    "remote_work",
    "application_email",
    "application_documents",
)
NOT_SAID = [("", "—")]


class JobAdFields(forms.Form):
    """Asked of every offer, used for internships, theses and positions only."""

    employment_type = forms.ChoiceField(
        label=_("Employment type"), choices=NOT_SAID + EmploymentType.choices, required=False
    )
    hours_per_week = forms.IntegerField(
        label=_("Hours per week"), min_value=1, max_value=60, required=False
    )
    start_asap = forms.BooleanField(label=_("Starts as soon as possible"), required=False)
    start_date = forms.DateField(
        label=_("Or starts on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    duration_months = forms.IntegerField(
        label=_("Duration in months"),
        min_value=1,
        max_value=60,
        required=False,
        help_text=_("Empty: open-ended."),
    )
    pay_min = forms.DecimalField(
        label=_("Pay in euros (from)"), min_value=0, max_digits=9, decimal_places=2, required=False
    )
    pay_max = forms.DecimalField(
        label=_("Pay in euros (up to, for a range)"),
        min_value=0,
        max_digits=9,
        decimal_places=2,
        required=False,
    )
    pay_unit = forms.ChoiceField(
        label=_("Pay period"), choices=NOT_SAID + PayUnit.choices, required=False
    )
    unpaid = forms.BooleanField(
        label=_("Unpaid (only a mandatory internship or a thesis)"), required=False
    )
    remote_work = forms.ChoiceField(
        label=_("Remote work"), choices=RemoteWork.choices, required=False
    )
    application_email = forms.EmailField(label=_("Application e-mail"), required=False)
    application_documents = PlainTextField(
        label=_("Documents wanted"),
        max_length=300,
        required=False,
        help_text=_("e.g. CV, transcript of records"),
    )


def job_data(cleaned: dict) -> dict:
    """The job fields as JSON-safe values, stored with the submission."""

    def plain(value):
        if isinstance(value, Decimal):
            return str(value)
        if isinstance(value, datetime.date):
            return value.isoformat()
        return value

    return {name: plain(cleaned.get(name)) for name in JOB_FIELDS}


def job_values(data: dict) -> dict:
    """OfferPage field values from ``job_data``'s JSON (older submissions have none)."""
    values = {name: data.get(name) for name in JOB_FIELDS if data.get(name) not in (None, "")}
    for name in ("pay_min", "pay_max"):
        if name in values:
            values[name] = Decimal(values[name])
    if "start_date" in values:
        values["start_date"] = parse_date(values["start_date"])
    return values
