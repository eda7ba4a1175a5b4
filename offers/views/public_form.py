"""The public-form views every visitor form shares: show, check, store first, then act; and
the status page behind the secret link the visitor gets by mail.

A concrete form (employer submissions, team applications …) subclasses `PublicFormView` and
`PublicStatusView` and says what differs: its form, templates, record model and `store` (and,
if it has no status page, `done`). What follows the stored record ("act") is a retried task
per record model, in offers.followups.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.views import View

from home.ratelimit import is_limited, too_many_requests
from offers import followups
from offers.forms.public import PublicForm
from offers.mail import mail_visitor, public_url
from offers.models.public_record import PublicRecord


class PublicFormView(View):
    form_class: type[PublicForm]
    template_name: str
    record_model: type[PublicRecord]
    status_url_name: str  # a URL pattern that takes `token`
    confirmation_mail: str | None  # template name without `.txt`; None: no mail to the sender
    rate_limit_scope: str

    def get_form_kwargs(self) -> dict:
        return {}

    def get_context_data(self, **context) -> dict:
        return context

    def store(self, form) -> PublicRecord:
        """Build the record from the valid form (unsaved; `record_model.new` gives the token)."""
        raise NotImplementedError

    def save(self, record: PublicRecord) -> None:
        """Save the record (inside the transaction that stores it)."""
        record.save()

    def render_form(self, form, status: int = 200) -> HttpResponse:
        context = self.get_context_data(form=form)
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, *args, **kwargs):
        return self.render_form(self.form_class(**self.get_form_kwargs()))

    def post(self, request, *args, **kwargs):
        form = self.form_class(data=request.POST, files=request.FILES, **self.get_form_kwargs())
        if not form.is_valid():
            if form.has_error("stamp"):
                form.renew_stamp()
            return self.render_form(form)
        # A double click or a reload sends the same nonce: show the first send's status.
        if self.record_model.for_nonce(form.nonce) is not None:
            return self.done(self.record_model.token_for(form.nonce))
        limit = settings.PUBLIC_FORMS_RATE_LIMIT
        if is_limited(request, self.rate_limit_scope, limit=limit, period=3600):
            return too_many_requests(request, period=3600)
        record = self.store(form)
        token = self.record_model.token_for(form.nonce)
        followups.mark_pending(record)
        try:
            with transaction.atomic():
                self.save(record)
        except IntegrityError:  # two identical sends at the same moment: the first one won
            return self.done(token)
        # Stored: from here nothing the visitor typed is lost, whatever fails next.
        followups.schedule(record)
        if self.confirmation_mail:
            status_url = public_url(self.status_url(token, record.language))
            mail_visitor(record, self.confirmation_mail, {"status_url": status_url})
        return self.done(token, record.language)

    def done(self, token: str, language: str | None = None) -> HttpResponse:
        """The answer to a stored send (and to the same form sent again): its status page."""
        return redirect(self.status_url(token, language))

    def status_url(self, token: str, language: str | None = None) -> str:
        with translation.override(language or translation.get_language()):
            return reverse(self.status_url_name, kwargs={"token": token})


class PublicStatusView(View):
    """The record behind a secret link; POST runs one of `actions` (e.g. withdraw)."""

    record_model: type[PublicRecord]
    template_name: str
    actions: tuple[str, ...] = ()
    # Final actions: the first POST shows the question, the second (with `confirmed`) acts.
    confirm_actions: tuple[str, ...] = ()

    def get_record(self, token: str) -> PublicRecord:
        record = self.record_model.for_token(token)
        if record is None:
            raise Http404("Unknown or expired status link.")
        return record

    def get_context_data(self, **context) -> dict:
        return context

    def get(self, request, token: str):
        record = self.get_record(token)
        return render(request, self.template_name, self.get_context_data(record=record))

    def post(self, request, token: str):
        record = self.get_record(token)
        action = request.POST.get("action", "")
        if action in self.confirm_actions and request.POST.get("confirmed") != "yes":
            context = self.get_context_data(record=record, confirming=action)
            return render(request, self.template_name, context)
        if action in self.actions:
            getattr(self, action)(record)
        return redirect(request.path)
