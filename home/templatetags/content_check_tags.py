"""The preview's markers of what a page lacks, read by the content checker (home.content_checks)."""

from django import template

from home.content_checks import problems

register = template.Library()


@register.simple_tag
def content_problems(page) -> list:
    return problems(page)
