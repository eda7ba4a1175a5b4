"""The public forms of a challenge: a team's application, a "looking for teammates" note and
a message to a note's author. Each is a PublicForm (honeypot, fill time, one-time stamp)."""

from django import forms
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from home.models import Competence
from offers.models import ChallengePage

from .public import ConsentField, PdfUploadField, PlainTextarea, PlainTextField, PublicForm

MEMBER_FIELDS = ("name", "programme", "semester")


def member_field(index: int, part: str) -> str:
    return f"member_{index}_{part}"


class TeamApplicationForm(PublicForm):
    team_name = PlainTextField(label=_("Team name"), max_length=120)
    contact_name = PlainTextField(
        label=_("Contact person"),
        max_length=120,
        help_text=_("Usually one of the members; we write to this person."),
    )
    email = forms.EmailField(
        label=_("E-mail of the contact person"),
        help_text=_("We send the status link and each decision here."),
    )
    university = PlainTextField(label=_("University or school"), max_length=160)
    motivation = PlainTextarea(
        label=_("Motivation"),
        max_length=3000,
        help_text=_("Why this challenge, and what your team brings to it."),
    )
    attachment = PdfUploadField(
        label=_("Attachment (optional)"),
        required=False,
        help_text=_("One PDF, at most 5 MB: a short concept or your team's profiles."),
    )
    name_may_be_shown = forms.BooleanField(
        label=_("If we are accepted, our team name may be shown with our results."),
        required=False,
    )
    consent = ConsentField(
        label=_(
            "I have read the privacy notice and agree that our details are stored to decide "
            "on this application."
        )
    )

    def __init__(self, *args, challenge: ChallengePage, **kwargs):
        super().__init__(*args, **kwargs)
        self.challenge = challenge
        self.size_min = challenge.team_size_min
        self.size_max = max(challenge.team_size_max, challenge.team_size_min, 1)
        for index in range(1, self.size_max + 1):
            required = index <= self.size_min
            self.fields[member_field(index, "name")] = PlainTextField(
                label=_("Name"), max_length=120, required=required
            )
            self.fields[member_field(index, "programme")] = PlainTextField(
                label=_("Study programme"), max_length=120, required=required
            )
            self.fields[member_field(index, "semester")] = forms.IntegerField(
                label=_("Semester"), min_value=1, max_value=30, required=False
            )
            # The error summary names the member: "Name" alone says not whose.
            member = gettext("Member %(number)s") % {"number": index}
            for part in MEMBER_FIELDS:
                field = self.fields[member_field(index, part)]
                field.summary_label = f"{member}, {field.label}"

    @property
    def member_rows(self) -> list[dict]:
        """The members' fields grouped per person, for the template."""
        return [
            {
                "number": index,
                "required": index <= self.size_min,
                "fields": [self[member_field(index, part)] for part in MEMBER_FIELDS],
            }
            for index in range(1, self.size_max + 1)
        ]

    @property
    def main_fields(self) -> list:
        return [self[name] for name in ("team_name", "contact_name", "email", "university")]

    def clean(self):
        cleaned = super().clean()
        # A form sent with more members than the page offers was not sent from the page.
        extra = member_field(self.size_max + 1, "name")
        if self.data.get(extra):
            self.add_error(
                None,
                ngettext(
                    "A team for this challenge has at most %(max)s member.",
                    "A team for this challenge has at most %(max)s members.",
                    self.size_max,
                )
                % {"max": self.size_max},
            )
        for index in range(self.size_min + 1, self.size_max + 1):
            name, programme = member_field(index, "name"), member_field(index, "programme")
            started = cleaned.get(programme) or cleaned.get(member_field(index, "semester"))
            if started and not cleaned.get(name):
                self.add_error(name, _("Enter this member's name, or empty the row."))
            if cleaned.get(name) and not cleaned.get(programme):
                self.add_error(programme, _("Enter this member's study programme."))
        return cleaned

    def members(self) -> list[dict]:
        cleaned = self.cleaned_data
        return [
            {
                "name": cleaned[member_field(index, "name")],
                "programme": cleaned[member_field(index, "programme")],
                "semester": cleaned.get(member_field(index, "semester")),
            }
            for index in range(1, self.size_max + 1)
            if cleaned.get(member_field(index, "name"))
        ]


class TeammateNoteForm(PublicForm):
    contact_name = PlainTextField(label=_("First name"), max_length=60)
    study_programme = PlainTextField(label=_("Study programme"), max_length=120)
    topics = PlainTextField(
        label=_("Topics you bring"),
        max_length=300,
        required=False,
        help_text=_("Separated by commas, e.g. Web development, UX research"),
    )
    competences = forms.ModelMultipleChoiceField(
        label=_("IT competences you bring"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    looking_for = PlainTextarea(
        label=_("Who you are looking for"),
        max_length=1000,
        help_text=_("e.g. someone for the data side, or a designer."),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        help_text=_(
            "For the confirmation link and the messages others send you. Never shown on the page."
        ),
    )
    consent = ConsentField(
        label=_(
            "I have read the privacy notice and agree that my note is shown on this challenge "
            "until its application phase ends."
        )
    )

    def __init__(self, *args, locale: Locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["competences"].queryset = Competence.objects.filter(locale=locale, live=True)


class TeammateMessageForm(PublicForm):
    contact_name = PlainTextField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("Your e-mail"))
    message = PlainTextarea(label=_("Message"), max_length=2000)
    allow_reply = forms.BooleanField(
        label=_("The author may reply to my e-mail address."),
        required=False,
        help_text=_("Otherwise your address is not passed on; write how to reach you instead."),
    )
    consent = ConsentField(
        label=_(
            "I have read the privacy notice and agree that the portal stores my message and "
            "forwards it by e-mail."
        )
    )
