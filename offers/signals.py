"""Signal handlers: the review workflow on every section page, and submissions that go live."""

from django.db.models.signals import post_save

from wagtail.models import Workflow, WorkflowPage
from wagtail.signals import page_published

from home.models import ArticleIndexPage
from offers.models import ChallengeIndexPage, OfferIndexPage, OfferPage, PartnerIndexPage
from offers.submissions import offer_published

SECTION_WORKFLOW = "Redaktionelle Prüfung"
SECTION_TYPES = (OfferIndexPage, ChallengeIndexPage, PartnerIndexPage, ArticleIndexPage)


def assign_section_workflow(sender, instance, created: bool, raw: bool = False, **kwargs) -> None:
    """A new section page (in any language, by seed_demo, an editor or a translation) gets
    the review workflow, so everything below it is reviewed before it goes live."""
    if not created or raw or WorkflowPage.objects.filter(page=instance).exists():
        return
    workflow = Workflow.objects.filter(name=SECTION_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.create(page=instance, workflow=workflow)


def connect() -> None:
    for model in SECTION_TYPES:
        post_save.connect(assign_section_workflow, sender=model, dispatch_uid=f"workflow-{model}")
    page_published.connect(offer_published, sender=OfferPage, dispatch_uid="offer-submission")
