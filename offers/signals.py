"""Signal handlers: the review workflow on every section page, submissions that go live, and
challenge pages that show what teams sent (the number of teams, teammate notes, closure)."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import WorkflowPage
from wagtail.signals import page_published

from home import frontend_cache
from home.content_cache import new_generation
from home.models import ArticleIndexPage, PortalSettings
from offers.models import (
    ChallengeIndexPage,
    ChallengePage,
    EarlyClosure,
    OfferIndexPage,
    OfferPage,
    PartnerIndexPage,
    TeamApplication,
    TeammateNote,
)
from offers.submissions import offer_published, quiet_generic_notifications

SECTION_TYPES = (OfferIndexPage, ChallengeIndexPage, PartnerIndexPage, ArticleIndexPage)


def assign_section_workflow(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """A new section page (in any language, by seed_demo, an editor or a translation) gets
    the review workflow chosen in Settings → Portal, so everything below it is reviewed
    before it goes live."""
    if not created or raw or WorkflowPage.objects.filter(page=instance).exists():
        return
    workflow = PortalSettings.load().section_workflow
    if workflow is not None and workflow.active:
        WorkflowPage.objects.create(page=instance, workflow=workflow)


def challenge_page_changed(sender, instance, raw: bool = False, **kwargs) -> None:
    """An application, a confirmed or removed note, or an early closure changes what a
    challenge page shows: cached pages render again (in a proxy in front too)."""
    if raw or (isinstance(instance, TeammateNote) and instance.confirmed_at is None):
        return  # an unconfirmed note shows nowhere
    new_generation()
    if not frontend_cache.configured():
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    if isinstance(instance, EarlyClosure):
        key = instance.translation_key
    elif instance.challenge is not None:
        key = instance.challenge.translation_key
    else:
        return
    batch = PurgeBatch()
    batch.add_pages(ChallengePage.objects.filter(translation_key=key).live())
    batch.purge()


def connect() -> None:
    for model in (TeamApplication, TeammateNote, EarlyClosure):
        for signal in (post_save, post_delete):
            signal.connect(challenge_page_changed, sender=model, dispatch_uid=f"teams-{model}")
    for model in SECTION_TYPES:
        post_save.connect(assign_section_workflow, sender=model, dispatch_uid=f"workflow-{model}")
    page_published.connect(offer_published, sender=OfferPage, dispatch_uid="offer-submission")
    quiet_generic_notifications()
