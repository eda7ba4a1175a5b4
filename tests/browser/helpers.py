"""What browser tests share besides fixtures: marks, requests, console messages, screenshots."""

from pathlib import Path
from urllib.parse import urlparse

import pytest

# The last step of every journey lands here as a PNG for reviewers (README: "Security").
JOURNEY_SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "journeys"

# Live server in another thread: committed data, restored (with the migrations' content) after.
BROWSER_TEST = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def watch(page) -> None:
    """Record on the page every URL it requests and every console message it gets."""
    page.requested_urls = []
    page.console_messages = []
    page.on("request", lambda request: page.requested_urls.append(request.url))
    page.on("console", lambda message: page.console_messages.append(message.text))
    page.on("pageerror", lambda error: page.console_messages.append(str(error)))


def sign_in(page, live_server, username: str, password: str) -> None:
    """Through the admin's login form, as staff do (German admin)."""
    page.goto(f"{live_server.url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url(f"{live_server.url}/admin/")


def csp_violations(page) -> list[str]:
    return [text for text in page.console_messages if "Content Security Policy" in text]


def foreign_requests(page, live_server) -> list[str]:
    own = urlparse(live_server.url).netloc
    return [url for url in page.requested_urls if urlparse(url).netloc != own]


def journey_screenshot(page, name: str) -> Path:
    JOURNEY_SHOTS.mkdir(parents=True, exist_ok=True)
    path = JOURNEY_SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
