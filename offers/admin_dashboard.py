"""What waits for Moderation, on the dashboard and in the menu: the employer submissions and
team applications without a decision and the pages without current English, how many and since
when the oldest waits. Each queue is read once per request (one query), however often the page
shows it; those who cannot open a queue see nothing of it."""

import copy
import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Count, Min, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet

from offers.admin_teams import team_application_viewset
from offers.admin_translations import may_publish, pages_waiting_for_english
from offers.admin_views import offer_submission_viewset
from offers.models import OfferSubmission, TeamApplication, TeamStatus
from offers.models.submission import OPEN_STATUSES

UNDECIDED_TEAMS = (TeamStatus.RECEIVED, TeamStatus.SHORTLISTED)


@dataclass(frozen=True)
class Queue:
    key: str
    url: Callable[[], str]
    can_open: Callable[..., bool]  # (user): may the user open the queue
    waiting: Callable[[], QuerySet]  # the records that wait
    since: str  # the field that says since when a record waits
    heading: str
    counted: Callable[[int], str]  # "2 open submissions"
    empty: str
    in_menu: bool = True  # its menu item carries the count


def opens_viewset(viewset: ModelViewSet) -> Callable[..., bool]:
    """Wagtail's own rule for showing the viewset's menu item."""
    return lambda user: viewset.permission_policy.user_has_any_permission(
        user, viewset.index_view_class.any_permission_required
    )


QUEUES = (
    Queue(
        "submissions",
        lambda: offer_submission_viewset.menu_url,
        opens_viewset(offer_submission_viewset),
        lambda: OfferSubmission.objects.filter(status__in=OPEN_STATUSES),
        "created_at",
        _("Employer submissions"),
        lambda count: (
            ngettext("%(count)s open submission", "%(count)s open submissions", count)
            % {"count": count}
        ),
        _("No open submissions."),
    ),
    Queue(
        "team_applications",
        lambda: team_application_viewset.menu_url,
        opens_viewset(team_application_viewset),
        lambda: TeamApplication.objects.filter(status__in=UNDECIDED_TEAMS),
        "created_at",
        _("Team applications"),
        lambda count: (
            ngettext(
                "%(count)s team application without a decision",
                "%(count)s team applications without a decision",
                count,
            )
            % {"count": count}
        ),
        _("No team application waits for a decision."),
    ),
    # Not in the menu: the board's item would cost this query on every admin page.
    Queue(
        "translations",
        lambda: reverse("proxlab_translation_board"),
        may_publish,
        pages_waiting_for_english,
        "last_published_at",
        _("Translation status"),
        lambda count: (
            ngettext(
                "%(count)s published German page without current English",
                "%(count)s published German pages without current English",
                count,
            )
            % {"count": count}
        ),
        _("Every published German page has current English."),
        in_menu=False,
    ),
)


@dataclass(frozen=True)
class Waiting:
    count: int
    oldest: datetime.datetime | None

    @property
    def age(self) -> str:
        """How long the oldest has waited, in whole days: "oldest for 3 days"."""
        if self.oldest is None:
            return ""
        days = (timezone.now() - self.oldest).days
        if days == 0:
            return str(_("oldest from today"))
        return ngettext("oldest for %(days)s day", "oldest for %(days)s days", days) % {
            "days": days
        }


def waiting(request: HttpRequest, queue: Queue) -> Waiting:
    """The queue's count and oldest record, read once per request (dashboard and menu)."""
    known = request.__dict__.setdefault("_proxlab_waiting", {})
    if queue.key not in known:
        known[queue.key] = Waiting(
            **queue.waiting().aggregate(count=Count("pk"), oldest=Min(queue.since))
        )
    return known[queue.key]


class QueuePanel(Component):
    template_name = "offers/admin/queue_panel.html"

    def __init__(self, queue: Queue, request: HttpRequest, order: int):
        self.queue, self.request, self.order = queue, request, order
        self.name = f"proxlab_{queue.key}"

    def get_context_data(self, parent_context=None) -> dict:
        queue, now = self.queue, waiting(self.request, self.queue)
        return {
            "key": queue.key,
            "heading": queue.heading,
            "url": queue.url(),
            "summary": queue.counted(now.count) if now.count else queue.empty,
            "age": now.age,
        }


def add_queue_panels(request: HttpRequest, panels: list) -> None:
    for order, queue in enumerate(QUEUES, start=110):
        if queue.can_open(request.user):
            panels.append(QueuePanel(queue, request, order))


def count_queue_menu_items(request: HttpRequest, menu_items: list) -> None:
    """The count in a badge beside the label (css/admin-menu.css), which Wagtail's fixed-width
    sidebar would otherwise cut off. Menu items are shared by every request, so a counted one
    is a copy; the items of queues the user cannot open are not in the list, nor counted."""
    urls = {queue.url(): queue for queue in QUEUES if queue.in_menu}
    for position, item in enumerate(menu_items):
        queue = urls.get(item.url)
        if queue is None:
            continue
        count = waiting(request, queue).count
        if count:
            counted = copy.copy(item)
            counted.attrs = {
                **item.attrs,
                "data-proxlab-count": str(count),
                "aria-label": f"{item.label} ({count})",
            }
            menu_items[position] = counted
