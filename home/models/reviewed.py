"""Snippets whose changes wait for a moderator, as pages do.

Menus and taxonomies are public the moment they are saved unless they keep drafts: with these
mixins an editor's change is a revision that goes through the workflow assigned to the snippet
type ("Redaktionelle Prüfung", offers migration 0008), while the database row keeps the live
version the site reads. A snippet never published (``live`` False) is not shown at all.
"""

from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)


class ReviewedSnippet(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin
):
    class Meta(TranslatableMixin.Meta):
        abstract = True
