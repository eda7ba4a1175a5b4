"""Topic tags and IT competences shown by their name in the visitor's language."""

from dataclasses import dataclass

from django import template
from django.utils import translation

from home.models import Competence, Topic

register = template.Library()


@dataclass(frozen=True)
class TopicLabel:
    slug: str
    name: str


def topic_names(request=None) -> dict[int, str]:
    """Tag id to name in the active language, looked up once per request."""
    language = translation.get_language()
    cache = getattr(request, "_topic_names", {}) if request is not None else {}
    if language not in cache:
        cache[language] = Topic.names(language)
        if request is not None:
            request._topic_names = cache
    return cache[language]


@register.simple_tag(takes_context=True)
def topic_labels(context, tags) -> list[TopicLabel]:
    names = topic_names(context.get("request"))
    language = translation.get_language()
    shown = ((tag, Topic.shown_name(names, language, tag.pk, tag.name)) for tag in tags)
    return [TopicLabel(slug=tag.slug, name=name) for tag, name in shown if name is not None]


def competence_names(request=None) -> dict[str, str]:
    """e-CF code to competence name in the active language, looked up once per request."""
    language = translation.get_language()
    cache = getattr(request, "_competence_names", {}) if request is not None else {}
    if language not in cache:
        rows = Competence.objects.filter(locale__language_code=language).values_list("code", "name")
        cache[language] = dict(rows)
        if request is not None:
            request._competence_names = cache
    return cache[language]


@register.simple_tag(takes_context=True)
def competence_labels(context, competences) -> list[str]:
    """The names of competences (chosen in any language) in the visitor's language."""
    competences = list(competences)
    if not competences:
        return []
    names = competence_names(context.get("request"))
    return [names.get(competence.code, competence.name) for competence in competences]
