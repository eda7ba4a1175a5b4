"""The fixed vocabularies of the exchange. Codes are stored; labels are translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OfferType(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    TALK = "talk", _("Talk")
    EXCURSION = "excursion", _("Excursion")
    PRACTICE_PROJECT = "practice_project", _("Practice project")
    MENTORING = "mentoring", _("Mentoring")
    HACKATHON = "hackathon", _("Hackathon")
    NETWORKING = "networking", _("Networking meeting")
    COURSE = "course", _("Course / further training")
    INTERNSHIP = "internship", _("Internship")
    THESIS = "thesis", _("Thesis")
    WORKING_STUDENT = "working_student", _("Working student position")
    CAREER_ENTRY = "career_entry", _("Career entry")
    TRAINEE = "trainee", _("Trainee programme")


# Offers that are positions rather than events: schema.org JobPosting, not Event.
JOB_OFFER_TYPES = {
    OfferType.INTERNSHIP,
    OfferType.THESIS,
    OfferType.WORKING_STUDENT,
    OfferType.CAREER_ENTRY,
    OfferType.TRAINEE,
}


class EmploymentType(models.TextChoices):
    FULL_TIME = "full_time", _("Full-time")
    PART_TIME = "part_time", _("Part-time")
    WORKING_STUDENT = "working_student", _("Working student")
    MANDATORY_INTERNSHIP = "mandatory_internship", _("Mandatory internship")
    VOLUNTARY_INTERNSHIP = "voluntary_internship", _("Voluntary internship")
    THESIS = "thesis", _("Thesis")


# Positions that may be unpaid: German minimum wage law exempts mandatory internships
# (and a thesis is part of one's studies).
UNPAID_ALLOWED = {EmploymentType.MANDATORY_INTERNSHIP, EmploymentType.THESIS}


class PayUnit(models.TextChoices):
    HOUR = "hour", _("per hour")
    MONTH = "month", _("per month")
    YEAR = "year", _("per year")


class RemoteWork(models.TextChoices):
    NONE = "none", _("On site only")
    PARTLY = "partly", _("Partly remote")
    FULLY = "fully", _("Fully remote")


class ProviderKind(models.TextChoices):
    UNIVERSITY = "university", _("University")
    EMPLOYER = "employer", _("Employer")
    SERVICE_PROVIDER = "service_provider", _("External provider")


class Audience(models.TextChoices):
    STUDENTS = "students", _("Students")
    GRADUATES = "graduates", _("Graduates")
    EMPLOYERS = "employers", _("Employers")


class Format(models.TextChoices):
    ON_SITE = "on_site", _("On site")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class OfferLanguage(models.TextChoices):
    GERMAN = "de", _("German")
    ENGLISH = "en", _("English")
    BOTH = "de_en", _("German and English")


class WorkingLanguage(models.TextChoices):
    """The working-language facet's values: an offer held in both languages has both."""

    GERMAN = "de", _("German")
    ENGLISH = "en", _("English")


class PartnerKind(models.TextChoices):
    COMPANY = "company", _("Company")
    UNIVERSITY = "university", _("University")
    NETWORK = "network", _("Network / association")
    SERVICE_PROVIDER = "service_provider", _("Service provider")


class CompanySize(models.TextChoices):
    MICRO = "micro", _("1–9 employees")
    SMALL = "small", _("10–49 employees")
    MEDIUM = "medium", _("50–249 employees")
    LARGE = "large", _("250 or more employees")


class PhaseKind(models.TextChoices):
    CALL = "call", _("Call for teams")
    APPLICATION = "application", _("Application")
    WORK = "work", _("Work phase")
    FINAL = "final", _("Final presentation")


class ChallengeStatus(models.TextChoices):
    ANNOUNCED = "announced", _("Announced")
    APPLICATION_OPEN = "application_open", _("Application open")
    RUNNING = "running", _("Running")
    FINISHED = "finished", _("Finished")
