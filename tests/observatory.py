"""A security-header grade computed the way Mozilla's HTTP Observatory scores a response.

Each check starts from its best result and records a named modifier (negative: a penalty,
positive: a bonus), with the scores Observatory publishes. The grade is A+ from 100 points.
Only what a single response and its redirect can show is checked (no preload-list lookup).
"""

from dataclasses import dataclass, field

_PRIVATE_REFERRERS = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}
_GRADES = [(100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+")]


@dataclass
class Grade:
    modifiers: dict[str, int] = field(default_factory=dict)

    @property
    def score(self) -> int:
        return 100 + sum(self.modifiers.values())

    @property
    def letter(self) -> str:
        return next((letter for floor, letter in _GRADES if self.score >= floor), "F")

    @property
    def penalties(self) -> dict[str, int]:
        return {name: value for name, value in self.modifiers.items() if value < 0}


def parse_csp(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        if words := part.split():
            directives[words[0].lower()] = [word.lower() for word in words[1:]]
    return directives


def _csp(headers, grade: Grade) -> dict[str, list[str]]:
    header = headers.get("Content-Security-Policy")
    if not header:
        grade.modifiers["csp-not-implemented"] = -25
        return {}
    csp = parse_csp(header)
    default = csp.get("default-src", [])

    def sources(name: str) -> list[str]:
        return csp.get(name, default)

    scripts, styles = sources("script-src"), sources("style-src")
    if not default and not csp.get("script-src"):
        grade.modifiers["csp-implemented-but-no-default-src-or-script-src"] = -25
    elif "'unsafe-inline'" in scripts or "data:" in scripts:
        grade.modifiers["csp-implemented-with-unsafe-inline"] = -20
    elif any(s in {"*", "http:", "https:"} or s.startswith("http://") for s in scripts):
        grade.modifiers["csp-implemented-with-insecure-scheme"] = -20
    elif "'unsafe-eval'" in scripts:
        grade.modifiers["csp-implemented-with-unsafe-eval"] = -10
    elif "'unsafe-inline'" in styles:
        grade.modifiers["csp-implemented-with-unsafe-inline-in-style-src-only"] = 0
    elif any(s.startswith("http://") for values in csp.values() for s in values):
        grade.modifiers["csp-implemented-with-insecure-scheme-in-passive-content-only"] = -10
    elif default == ["'none'"]:
        grade.modifiers["csp-implemented-with-no-unsafe-default-src-none"] = 10
    else:
        grade.modifiers["csp-implemented-with-no-unsafe"] = 5
    return csp


def _cookies(response, grade: Grade) -> None:
    cookies = list(response.cookies.values())
    if not cookies:
        return
    if any(not c["secure"] for c in cookies):
        grade.modifiers["cookies-without-secure-flag"] = -20
    elif any(c.key in {"sessionid", "csrftoken"} and not c["httponly"] for c in cookies):
        grade.modifiers["cookies-session-without-httponly-flag"] = -30
    elif any((c["samesite"] or "").lower() not in {"lax", "strict"} for c in cookies):
        grade.modifiers["cookies-samesite-flag-invalid"] = -20
    else:
        grade.modifiers["cookies-secure-with-httponly-sessions-and-samesite"] = 5


def grade(response, redirect) -> Grade:
    """Grade an HTTPS ``response`` and the ``redirect`` the same URL gets over plain HTTP."""
    grade, headers = Grade(), response.headers
    csp = _csp(headers, grade)
    _cookies(response, grade)

    referrer = headers.get("Referrer-Policy", "").split(",")[-1].strip().lower()
    if referrer in _PRIVATE_REFERRERS:
        grade.modifiers["referrer-policy-private"] = 5
    elif referrer:
        grade.modifiers["referrer-policy-unsafe"] = -5

    hsts = {
        part.split("=")[0].strip().lower(): part.partition("=")[2].strip()
        for part in headers.get("Strict-Transport-Security", "").split(";")
        if part.strip()
    }
    if "max-age" not in hsts:
        grade.modifiers["hsts-not-implemented"] = -20
    elif int(hsts["max-age"]) < 15_768_000:
        grade.modifiers["hsts-implemented-max-age-less-than-six-months"] = -10

    if headers.get("X-Content-Type-Options", "").lower() != "nosniff":
        grade.modifiers["x-content-type-options-not-implemented"] = -5

    if csp.get("frame-ancestors") in (["'none'"], ["'self'"]):
        grade.modifiers["x-frame-options-implemented-via-csp"] = 5
    elif headers.get("X-Frame-Options", "").upper() not in {"DENY", "SAMEORIGIN"}:
        grade.modifiers["x-frame-options-not-implemented"] = -20

    if headers.get("Access-Control-Allow-Origin") == "*":
        grade.modifiers["cross-origin-resource-sharing-implemented-with-universal-access"] = -50

    location = redirect.headers.get("Location", "")
    if redirect.status_code not in (301, 302, 307, 308) or not location.startswith("https://"):
        grade.modifiers["redirection-not-to-https"] = -20
    return grade
