"""The translation status board: every German page and snippet with its English state.

Staff filter it by section and partner and create English drafts for what they tick (never
live: a translation goes live only through review). Where a machine translator is configured
(DEEPL_API_KEY), the drafts come pre-translated. Moderators see on their dashboard how many
pages wait for English (offers.admin_dashboard).
"""

from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.actions.copy_for_translation import ParentNotTranslatedError
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views.edit_translation import apply_machine_translation

from home.localize_patches import save_translation_draft
from offers.translation_status import (
    ENGLISH,
    EnglishState,
    board_rows,
    german_partners,
    german_sections,
)

ROWS_PER_PAGE = 50


class BoardFilter(forms.Form):
    section = forms.ModelChoiceField(
        label=gettext_lazy("Section"), queryset=Page.objects.none(), required=False
    )
    partner = forms.ModelChoiceField(
        label=gettext_lazy("Partner"), queryset=Page.objects.none(), required=False
    )
    state = forms.ChoiceField(label=gettext_lazy("English"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].queryset = german_sections()
        self.fields["partner"].queryset = german_partners()
        self.fields["state"].choices = [("", _("every state")), *EnglishState.choices]


def translation_board(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        return create_english_drafts(request)
    form = BoardFilter(request.GET)
    filters = form.cleaned_data if form.is_valid() else {}
    rows = board_rows(filters.get("section"), filters.get("partner"))
    counts = {state: 0 for state, _label in EnglishState.choices}
    for row in rows:
        counts[row.state] += 1
    if state := filters.get("state"):
        rows = [row for row in rows if row.state == state]
    page = Paginator(rows, ROWS_PER_PAGE).get_page(request.GET.get("p"))
    return render(
        request,
        "offers/admin/translation_board.html",
        {
            "form": form,
            "rows": page,
            "counts": [(EnglishState.labels[state], count) for state, count in counts.items()],
            "machine_translator": get_machine_translator(),
            "query": request.GET.urlencode(),
        },
    )


def _german_object(key: str):
    """The German page or snippet a row's key names, or None."""
    label, _sep, pk = key.rpartition(":")
    if not pk.isdigit():
        return None
    if label == "page":
        page = Page.objects.filter(pk=pk, locale__language_code="de").first()
        return page.specific if page else None
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        return None
    return model.objects.filter(pk=pk, locale__language_code="de").first()


def _draft(german, english: Locale, user) -> None:
    """An English draft of a German page or snippet, machine pre-translated where configured.

    A page whose parent has no English page of its own is refused: wagtail-localize would put a
    copy of the German parent into the English tree."""
    if isinstance(german, Page):
        parent = german.get_parent()
        english_parent = parent.get_translation_or_none(english) if parent.depth > 1 else None
        if parent.depth > 1 and (english_parent is None or english_parent.alias_of_id):
            raise ParentNotTranslatedError
    translation = Translation.objects.filter(
        source__object_id=german.translation_key, target_locale=english
    ).first()
    created = translation is None or not german.has_translation(english)
    if created:
        TranslationCreator(user, [english]).create_translations(german)
        translation = Translation.objects.get(
            source__object_id=german.translation_key, target_locale=english
        )
    else:
        translation.source.update_from_db()
    translator = get_machine_translator()
    machine = translator and translator.can_translate(translation.source.locale, english)
    if machine:
        apply_machine_translation(translation.pk, user, translator)
    if not created or machine:
        if isinstance(german, Page):
            translation.save_target(user=user, publish=False)  # the guard keeps live pages live
        else:
            save_translation_draft(translation, user)


def create_english_drafts(request: HttpRequest) -> HttpResponse:
    english = Locale.objects.get(language_code=ENGLISH)
    made, refused = [], []
    for key in request.POST.getlist("items"):
        german = _german_object(key)
        if german is None:
            continue
        try:
            with transaction.atomic():
                _draft(german, english, request.user)
            made.append(str(german))
        except ParentNotTranslatedError:  # reported per item; the others go on
            refused.append(str(german))
    if made:
        messages.success(
            request,
            _("English drafts made for %(count)s items: %(titles)s.")
            % {"count": len(made), "titles": ", ".join(made[:10])},
        )
    if refused:
        messages.error(
            request,
            _("Translate the parent page first: %(titles)s.") % {"titles": ", ".join(refused)},
        )
    if not made and not refused:
        messages.warning(request, _("Tick the items to make English drafts of."))
    query = request.POST.get("query", "")
    return redirect(f"{request.path}?{query}" if query else request.path)


def may_publish(user) -> bool:
    """Who sees what waits for English: those who can publish a translation."""
    return PagePermissionPolicy().user_has_permission(user, "publish")


def pages_waiting_for_english() -> QuerySet:
    """Published German pages whose English is not live and current (the board's other states:
    missing, a draft, strings untranslated, German changed since), as one query for the
    dashboard; the German page waits since its last publish."""
    key = OuterRef("translation_key")
    live_english = Page.objects.filter(
        translation_key=key, locale__language_code=ENGLISH, live=True, alias_of__isnull=True
    )
    into_english = Translation.objects.filter(
        source__object_id=key, target_locale__language_code=ENGLISH
    )
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale__language_code=ENGLISH,
        has_error=False,
    )
    untranslated = StringSegment.objects.filter(
        source__object_id=key, source__translations__target_locale__language_code=ENGLISH
    ).exclude(Exists(translated))
    german_changed = into_english.filter(source__last_updated_at__lt=OuterRef("last_published_at"))
    return Page.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, depth__gte=2, live=True
    ).exclude(Exists(live_english) & ~Exists(untranslated) & ~Exists(german_changed))
