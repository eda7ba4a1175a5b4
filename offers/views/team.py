"""The public forms of a challenge (apply as a team, post a teammate note, write to a note's
author) and the status pages behind their secret links. Outside the application phase the
forms are not offered: a request to one says when applications open or that they closed."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from home.models import PortalSettings
from offers import teams
from offers.forms.team import TeamApplicationForm, TeammateMessageForm, TeammateNoteForm
from offers.models import (
    ApplicationState,
    ChallengePage,
    TeamApplication,
    TeammateMessage,
    TeammateNote,
    TeamStatus,
)

from .public_form import PublicFormView, PublicStatusView

MAX_ID = 2**31 - 1

# What the team reads for each status.
TEAM_STATUS_TEXT = {
    TeamStatus.RECEIVED: _(
        "We have received your application; the partner and our team will look at it soon."
    ),
    TeamStatus.SHORTLISTED: _("Your team is on the shortlist. We will write to you again."),
    TeamStatus.ACCEPTED: _("Your team is accepted for this challenge. Congratulations!"),
    TeamStatus.DECLINED: _("We are sorry: your team has not been chosen for this challenge."),
    TeamStatus.WITHDRAWN: _("You have withdrawn this application."),
}


class ChallengeFormView(PublicFormView):
    """A public form that belongs to one challenge, in the visitor's language, offered only
    while the challenge takes applications."""

    closed_template = "offers/team/closed.html"

    def dispatch(self, request, *args, **kwargs):
        # An id no database column holds is unknown, not an error.
        if any(value > MAX_ID for value in kwargs.values()):
            raise Http404("No such challenge or note.")
        challenge = get_object_or_404(
            ChallengePage.objects.live().public().select_related("partner"),
            pk=kwargs["challenge_id"],
        )
        # The version in the visitor's language where one is live.
        self.challenge = challenge.localized.specific
        state = self.challenge.application_state()
        if state != ApplicationState.OPEN:
            context = {
                "challenge": self.challenge,
                "page": self.challenge,
                "state": state,
                # Closed by a moderator before the phase ended: say so, not "the phase is over".
                "closed_early": state == ApplicationState.CLOSED
                and self.challenge.shown_status.value == "applications_closed",
                "posted": request.method == "POST",
            }
            return render(request, self.closed_template, context)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **context) -> dict:
        # `page` lets the language switcher lead to the challenge in the other language.
        privacy_url = PortalSettings.load(self.request).privacy_url()
        context.update(challenge=self.challenge, page=self.challenge, privacy_url=privacy_url)
        return context


class TeamApplicationView(ChallengeFormView):
    form_class = TeamApplicationForm
    template_name = "offers/team/apply.html"
    record_model = TeamApplication
    status_url_name = "team_application_status"
    confirmation_mail = "offers/mail/team_received"
    rate_limit_scope = "team-application"

    def get_form_kwargs(self) -> dict:
        return {"challenge": self.challenge}

    def store(self, form) -> TeamApplication:
        cleaned = form.cleaned_data
        application, _token = TeamApplication.new(
            form.nonce,
            language=translation.get_language(),
            challenge=self.challenge,
            contact_name=cleaned["contact_name"],
            email=cleaned["email"],
            team_name=cleaned["team_name"],
            members=form.members(),
            university=cleaned["university"],
            motivation=cleaned["motivation"],
            name_may_be_shown=cleaned["name_may_be_shown"],
        )
        if cleaned.get("attachment"):
            application.attachment = cleaned["attachment"]
        return application


class TeammateNoteView(ChallengeFormView):
    form_class = TeammateNoteForm
    template_name = "offers/team/note_form.html"
    record_model = TeammateNote
    status_url_name = "teammate_note_status"
    confirmation_mail = "offers/mail/teammate_note_confirm"
    rate_limit_scope = "teammate-note"

    def get_form_kwargs(self) -> dict:
        return {"locale": Locale.get_active()}

    def store(self, form) -> TeammateNote:
        cleaned = form.cleaned_data
        note, _token = TeammateNote.new(
            form.nonce,
            language=translation.get_language(),
            challenge=self.challenge,
            contact_name=cleaned["contact_name"],
            email=cleaned["email"],
            study_programme=cleaned["study_programme"],
            topics=cleaned["topics"],
            looking_for=cleaned["looking_for"],
        )
        self.competences = list(cleaned["competences"])
        return note

    def save(self, record: TeammateNote) -> None:
        record.save()
        record.competences.set(self.competences)

    def done(self, token: str, language: str | None = None):
        # Not the status page: its link, the opt-in, only travels by mail, so publishing
        # proves the address is the author's.
        context = {"challenge": self.challenge, "page": self.challenge}
        return render(self.request, "offers/team/note_sent.html", context)


class TeammateMessageView(ChallengeFormView):
    """The relay: the message is stored, then forwarded; the author's address stays unknown."""

    form_class = TeammateMessageForm
    template_name = "offers/team/message_form.html"
    record_model = TeammateMessage
    confirmation_mail = None
    rate_limit_scope = "teammate-message"

    def dispatch(self, request, *args, **kwargs):
        self.note_id = kwargs["note_id"]
        return super().dispatch(request, *args, **kwargs)

    def get_note(self) -> TeammateNote:
        note = (
            TeammateNote.objects.for_challenge(self.challenge)
            .live()
            .filter(pk=self.note_id)
            .first()
        )
        if note is None:
            raise Http404("No such note on this challenge.")
        return note

    def get(self, request, *args, **kwargs):
        self.note = self.get_note()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.note = self.get_note()
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **context) -> dict:
        return super().get_context_data(note=self.note, **context)

    def store(self, form) -> TeammateMessage:
        cleaned = form.cleaned_data
        message, _token = TeammateMessage.new(
            form.nonce,
            language=translation.get_language(),
            note=self.note,
            contact_name=cleaned["contact_name"],
            email=cleaned["email"],
            message=cleaned["message"],
            allow_reply=cleaned["allow_reply"],
        )
        return message

    def done(self, token: str, language: str | None = None):
        context = {"challenge": self.challenge, "page": self.challenge, "note": self.note}
        return render(self.request, "offers/team/message_sent.html", context)


class TeamApplicationStatusView(PublicStatusView):
    record_model = TeamApplication
    template_name = "offers/team/application_status.html"
    actions = ("withdraw",)
    confirm_actions = ("withdraw",)

    def get_context_data(self, **context) -> dict:
        record = context["record"]
        context["status_text"] = TEAM_STATUS_TEXT[record.status]
        context["steps"] = team_steps(record.status)
        return context

    def withdraw(self, record: TeamApplication) -> None:
        teams.withdraw(record)


class TeammateNoteStatusView(PublicStatusView):
    """Behind the link in the confirmation mail: publish the note (the opt-in, a button so
    that mail scanners following links publish nothing) or remove it."""

    record_model = TeammateNote
    template_name = "offers/team/note_status.html"
    actions = ("confirm", "remove")
    confirm_actions = ("remove",)

    def confirm(self, record: TeammateNote) -> None:
        record.confirm()

    def remove(self, record: TeammateNote) -> None:
        if record.removed_at is None:
            record.remove()


def team_steps(status: str) -> list[dict]:
    """Received → shortlisted → accepted or declined, with the step the team has reached."""
    final = TeamStatus.DECLINED if status == TeamStatus.DECLINED else TeamStatus.ACCEPTED
    if status == TeamStatus.WITHDRAWN:
        final = TeamStatus.WITHDRAWN
    order = [TeamStatus.RECEIVED, TeamStatus.SHORTLISTED, final]
    reached = order.index(status) if status in order else len(order) - 1
    return [
        {"label": step.label, "done": index <= reached, "current": index == reached}
        for index, step in enumerate(order)
    ]
