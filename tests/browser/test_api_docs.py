"""The API's documentation page in Chromium: Swagger UI from the portal, under its policy."""

import pytest

from tests.browser.helpers import BROWSER_TEST, csp_violations, foreign_requests

pytestmark = BROWSER_TEST


@pytest.mark.parametrize("width", [1280, 390])
def test_api_docs_render_every_endpoint_from_the_portal_alone(visit, live_server, width):
    page = visit("/api/v2/docs/", width=width)
    page.wait_for_selector(".opblock")

    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/v2/pages/" in paths and "/api/v2/search/" in paths
    assert foreign_requests(page, live_server) == []
    assert csp_violations(page) == []
