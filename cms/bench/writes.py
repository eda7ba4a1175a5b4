"""The write load: visitors read while employers submit offers, against gunicorn and the task
worker as `make serve` runs them, with mail through a real SMTP server in this process. Then
each submission is judged by what it left behind (the stored record, its draft offer, the
review workflow, the submitter's confirmation and the moderator's notice), not by its answer,
so it holds whether the follow-up runs in the request or as a task."""

import email
import email.policy
import logging
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from email.message import EmailMessage

import requests
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.db import connection

from wagtail.models import WorkflowState

from cms.bench.load import BASE_DIR, Server, get, run_load
from cms.bench.measure import percentile
from offers.models import OfferPage, OfferSubmission

MODERATOR = "bench-moderator"
MODERATOR_EMAIL = "moderation@bench.example"
FORM = "/de/angebot-einreichen/"
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')


class Inbox(Message):
    """Every mail the portal sends, kept in memory."""

    def __init__(self):
        super().__init__(EmailMessage)
        self.mails: list[tuple[set[str], str]] = []
        self._lock = threading.Lock()

    def handle_message(self, message) -> None:
        recipients = {a.strip().lower() for a in message.get("X-RcptTo", "").split(",")}
        parsed = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
        body = parsed.get_body(("plain", "html"))
        text = f"{parsed['Subject']}\n{body.get_content() if body else ''}"
        with self._lock:
            self.mails.append((recipients, text))

    def to(self, address: str, containing: str = "") -> int:
        with self._lock:
            return sum(address in to and containing in text for to, text in self.mails)


def offer_data(title: str, address: str) -> dict:
    return {
        "website": "",
        "partner": "",
        "organisation_name": "Benchmark GmbH",
        "contact_name": "Bea Bench",
        "email": address,
        "title": title,
        "offer_type": "workshop",
        "teaser": "Ein Angebot aus dem Lasttest.",
        "description": "Entsteht während des Benchmarks.",
        "format": "online",
        "place": "",
        "starts_at": "2031-05-14T14:00",
        "ends_at": "2031-05-14T17:00",
        "registration_deadline": "2031-05-10",
        "audience": ["students"],
        "topics": "Lasttest",
        "registration_url": "https://bench.example/anmeldung",
        "language": "de",
        "cost": "free",
        "consent": "on",
    }


def submit(port: int, title: str, address: str) -> tuple[float, str | None]:
    """One employer: shows the form, sends it. Seconds the send took, and an error if any."""
    session = requests.Session()
    base = f"http://127.0.0.1:{port}"
    try:
        form = session.get(base + FORM, timeout=60)
        hidden = dict(HIDDEN.findall(form.text))
        began = time.perf_counter()
        sent = session.post(
            base + FORM, data={**offer_data(title, address), **hidden}, allow_redirects=False
        )
    except requests.RequestException as error:
        return 0.0, f"{type(error).__name__} {FORM}"
    took = time.perf_counter() - began
    return took, None if sent.status_code == 302 else f"{sent.status_code} POST {FORM}"


def ensure_moderator() -> None:
    """A moderator with an address, so the workflow's notices are sent and counted."""
    user, _ = User.objects.get_or_create(username=MODERATOR, defaults={"email": MODERATOR_EMAIL})
    user.groups.add(Group.objects.get(name="Moderation"))


def outcomes(run: str, inbox: Inbox) -> dict:
    """What each submission of this run left behind."""
    found = {"stored": 0, "drafts": 0, "workflows": 0, "mails": 0, "complete": 0}
    incomplete = []
    for title, address, page_id in OfferSubmission.objects.filter(
        title__startswith=f"Bench {run} "
    ).values_list("title", "email", "page_id"):
        draft = page_id is not None and OfferPage.objects.filter(pk=page_id).exists()
        workflow = draft and WorkflowState.objects.filter(object_id=str(page_id)).exists()
        mails = inbox.to(address) >= 1 and inbox.to(MODERATOR_EMAIL, title) >= 1
        found["stored"] += 1
        found["drafts"] += draft
        found["workflows"] += workflow
        found["mails"] += mails
        if draft and workflow and mails:
            found["complete"] += 1
        else:
            incomplete.append(title)
    found["incomplete_examples"] = incomplete[:5]
    return found


def run_writes(
    port: int, urls: list[str], *, readers: int, submitters: int, seconds: float, log=print
) -> dict:
    """`readers` threads read `urls` while `submitters` threads send the offer form."""
    ensure_moderator()
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd: a line per command
    inbox = Inbox()
    with socket.socket() as probe:  # a free port for the SMTP server
        probe.bind(("127.0.0.1", 0))
        smtp_port = probe.getsockname()[1]
    smtp = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    env = {
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_port),
        "EMAIL_USE_TLS": "false",
        # One address sends them all: the per-client limit and the bot check stay out of it.
        "PUBLIC_FORMS_RATE_LIMIT": "1000000",
        "PUBLIC_FORMS_MIN_FILL_SECONDS": "0",
    }
    server = Server(port, page_cache=True, extra_env=env)
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker"],
        cwd=BASE_DIR,
        env=server.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    run = uuid.uuid4().hex[:8]
    load_before = os.getloadavg()[0]
    sends: list[tuple[float, str | None]] = []
    try:
        for url in urls:
            get(port, url, timeout=60)
        deadline = time.monotonic() + seconds

        def employer(number: int) -> None:
            sent = 0
            while time.monotonic() < deadline:
                sent += 1
                title = f"Bench {run} {number}-{sent}"
                sends.append(submit(port, title, f"s{number}-{sent}-{run}@bench.example"))

        threads = [threading.Thread(target=employer, args=(n,)) for n in range(submitters)]
        for thread in threads:
            thread.start()
        reads = run_load(port, [(100, urls)], connections=readers, seconds=seconds)
        for thread in threads:
            thread.join()
        ended = time.monotonic()
        found = outcomes(run, inbox)
        while found["complete"] < len(sends) and time.monotonic() - ended < 180:
            time.sleep(1)  # the worker may still be at its tasks
            found = outcomes(run, inbox)
        settled = round(time.monotonic() - ended, 1)
    finally:
        worker.terminate()
        worker.wait(timeout=60)
        server.stop()
        smtp.stop()
    send_errors = [error for _took, error in sends if error]
    took = [took for took, error in sends if not error]
    figures = {
        "database": connection.vendor,
        "offers_per_language": OfferPage.objects.live().count() // 2,
        "search": "elasticsearch" if settings.ELASTICSEARCH_URL else "database",
        "readers": readers,
        "submitters": submitters,
        "seconds": seconds,
        "submissions_sent": len(sends),
        "submissions_complete": found.pop("complete"),
        **{f"submissions_{name}": count for name, count in found.items()},
        "errors": len(send_errors) + reads["errors"],
        "error_examples": sorted(set(send_errors))[:5] + reads["error_examples"],
        "p95_ms": reads["p95_ms"],
        "reads": reads["requests"],
        "reads_per_second": reads["requests_per_second"],
        "submit_median_ms": round(statistics.median(took) * 1000, 1) if took else None,
        "submit_p95_ms": round(percentile(took, 0.95) * 1000, 1) if took else None,
        "seconds_until_complete": settled,
        # The machine is shared: its load average (1 min) when the run began, for 2 cores.
        "load_average_at_start": round(load_before, 1),
        "cores": os.cpu_count(),
    }
    log(
        f"  writes on {figures['database']}: {figures['submissions_complete']} of "
        f"{figures['submissions_sent']} submissions complete, {figures['errors']} errors, "
        f"read p95 {figures['p95_ms']} ms, submit p95 {figures['submit_p95_ms']} ms"
    )
    return figures


def browse_urls(pages: list[tuple[str, str]]) -> list[str]:
    return [url for name, url in pages if "listing" in name or "detail" in name or "home" in name]
