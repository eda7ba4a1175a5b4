"""Topic tags shown by their name in the visitor's language."""

from dataclasses import dataclass

from django import template
from django.utils import translation

from home.models import Topic

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
    return [TopicLabel(slug=tag.slug, name=names.get(tag.pk, tag.name)) for tag in tags]
