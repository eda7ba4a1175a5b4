"""What a job ad says beyond an offer: employment, hours, start, pay, remote work, how to apply.

Internships, theses, working-student positions, entry-level jobs and trainee programmes are
offers of a job type (offers.choices.JOB_OFFER_TYPES); these fields are theirs.
"""

from django.db import models
from django.utils import formats
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.admin_forms import LocalizedChoicesPageForm
from offers.choices import JOB_OFFER_TYPES, UNPAID_ALLOWED, EmploymentType, PayUnit, RemoteWork


class OfferPageForm(LocalizedChoicesPageForm):
    """The editor of a job ad asks for the application deadline, that of an event for the
    registration deadline; while the type is not chosen, the model's label names both."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        deadline, kind = self.fields.get("registration_deadline"), self.instance.offer_type
        if deadline is not None and kind:
            job = kind in JOB_OFFER_TYPES
            deadline.label = _("Application deadline") if job else _("Registration deadline")


# Employment types whose ads must say how many hours a week are expected.
HOURS_REQUIRED = {EmploymentType.PART_TIME, EmploymentType.WORKING_STUDENT}


class JobAdFields(models.Model):
    """Abstract: the fields of a job ad, its editor panels and what it must not lack."""

    employment_type = models.CharField(
        _("employment type"), max_length=24, choices=EmploymentType.choices, blank=True
    )
    hours_per_week = models.PositiveSmallIntegerField(_("hours per week"), null=True, blank=True)
    start_asap = models.BooleanField(_("starts as soon as possible"), default=False)
    start_date = models.DateField(_("starts on"), null=True, blank=True)
    duration_months = models.PositiveSmallIntegerField(
        _("duration in months"), null=True, blank=True, help_text=_("Empty: open-ended.")
    )
    pay_min = models.DecimalField(
        _("pay in euros (from)"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("An amount, or the lower end of a range."),
    )
    pay_max = models.DecimalField(
        _("pay in euros (up to)"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Only for a range."),
    )
    pay_unit = models.CharField(_("pay period"), max_length=8, choices=PayUnit.choices, blank=True)
    unpaid = models.BooleanField(
        _("unpaid"),
        default=False,
        help_text=_("Only where the law allows it: a mandatory internship or a thesis."),
    )
    remote_work = models.CharField(
        _("remote work"),
        max_length=8,
        choices=RemoteWork.choices,
        default=RemoteWork.NONE,
        blank=True,
    )
    application_url = models.URLField(_("application link"), blank=True)
    application_email = models.EmailField(_("application e-mail"), blank=True)
    application_documents = models.TextField(
        _("documents wanted"), blank=True, help_text=_("e.g. CV, transcript of records")
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    translatable_fields = [
        SynchronizedField("employment_type"),
        SynchronizedField("hours_per_week"),
        SynchronizedField("start_asap"),
        SynchronizedField("start_date"),
        SynchronizedField("duration_months"),
        SynchronizedField("pay_min"),
        SynchronizedField("pay_max"),
        SynchronizedField("pay_unit"),
        SynchronizedField("unpaid"),
        SynchronizedField("remote_work"),
        SynchronizedField("application_url"),
        SynchronizedField("application_email"),
        TranslatableField("application_documents"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_phone"),
    ]

    # What the JSON API (/api/v2/pages/) shows of a job ad; empty for other offers.
    api_fields = [
        APIField(name)
        for name in (
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
            "application_url",
            "application_email",
            "application_documents",
            "contact_name",
            "contact_phone",
        )
    ]

    class Meta:
        abstract = True

    @staticmethod
    def job_panels(attrs: dict) -> list[MultiFieldPanel]:
        return [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("employment_type"), FieldPanel("hours_per_week")]),
                    FieldRowPanel([FieldPanel("start_asap"), FieldPanel("start_date")]),
                    FieldPanel("duration_months"),
                    FieldRowPanel(
                        [FieldPanel("pay_min"), FieldPanel("pay_max"), FieldPanel("pay_unit")]
                    ),
                    FieldPanel("unpaid"),
                    FieldPanel("remote_work"),
                ],
                heading=_("The position"),
                attrs=attrs,
            ),
            MultiFieldPanel(
                [
                    FieldPanel("application_url"),
                    FieldPanel("application_email"),
                    FieldPanel("application_documents"),
                ],
                heading=_("How to apply"),
                attrs=attrs,
            ),
        ]

    @property
    def pay_text(self) -> str:
        """The pay as a visitor reads it: "15–18 € per hour", "Unpaid", or "" when not given."""
        if self.unpaid:
            return gettext("Unpaid")
        if self.pay_min is None:
            return ""
        amount = _euros(self.pay_min)
        if self.pay_max is not None and self.pay_max > self.pay_min:
            amount = pgettext("pay range", "{low}–{high}").format(
                low=amount, high=_euros(self.pay_max)
            )
        unit = PayUnit(self.pay_unit).label if self.pay_unit else ""
        return pgettext("pay", "{amount} € {unit}").format(amount=amount, unit=unit).strip()

    @property
    def is_fully_remote(self) -> bool:
        return self.remote_work == RemoteWork.FULLY

    def job_errors(self) -> dict:
        """What a job ad still lacks or contradicts, one message per field."""
        errors = {}
        if not self.employment_type:
            errors["employment_type"] = _("Choose the employment type.")
        elif self.employment_type in HOURS_REQUIRED and not self.hours_per_week:
            errors["hours_per_week"] = _("Enter the hours per week.")
        if self.hours_per_week is not None and not 1 <= self.hours_per_week <= 60:
            errors["hours_per_week"] = _("Enter between 1 and 60 hours per week.")
        if self.start_asap and self.start_date:
            errors["start_date"] = _("Either as soon as possible or a date, not both.")
        elif not (self.start_asap or self.start_date):
            errors["start_date"] = _("Say when the position starts: as soon as possible or a date.")
        errors.update(self._pay_errors())
        if not (self.application_url or self.application_email):
            errors["application_url"] = _("Say how to apply: a link or an e-mail address.")
        return errors

    def _pay_errors(self) -> dict:
        has_pay = self.pay_min is not None or self.pay_max is not None
        if self.unpaid:
            if self.employment_type and self.employment_type not in UNPAID_ALLOWED:
                return {"unpaid": _("Only a mandatory internship or a thesis may be unpaid.")}
            if has_pay:
                return {"pay_min": _("An unpaid position has no pay: clear the amounts.")}
            return {}
        if self.pay_min is None:
            return {
                "pay_min": _(
                    "Enter the pay (an amount or a range), or mark a mandatory internship unpaid."
                )
            }
        if self.pay_max is not None and self.pay_max < self.pay_min:
            return {"pay_max": _("The upper end of the range lies below the lower end.")}
        if not self.pay_unit:
            return {"pay_unit": _("Say whether the pay is per hour, month or year.")}
        return {}


def _euros(amount) -> str:
    """12 → "12", 15.5 → "15,50", 3800 → "3.800" in German."""
    places = 0 if amount == amount.to_integral_value() else 2
    return formats.number_format(amount, decimal_pos=places, force_grouping=True)
