"""Secret links never reach a log: status-link tokens and preview tokens are cut out of the
request lines gunicorn writes to its access log and of Django's request log messages.

A status link is …/status/<token>/ (offer submissions, team applications) or carries a token of
32 or more hex digits in its path (a teammate note's link); a preview link carries ?token=….
No Django import here: gunicorn loads this before the application.
"""

import logging
import re

from gunicorn.glogging import Logger

REDACTED = "…"
_STATUS_SEGMENT = re.compile(r"(/status/)[^/?#\s\"]+")
_HEX_SEGMENT = re.compile(r"(/)[0-9a-fA-F]{32,}(?=[/?#\s\"]|$)")
_TOKEN_PARAMETER = re.compile(r"([?&]token=)[^&#\s\"]*")


def redact(text: str) -> str:
    """The text with every secret token replaced by an ellipsis."""
    text = _STATUS_SEGMENT.sub(rf"\g<1>{REDACTED}", text)
    text = _HEX_SEGMENT.sub(rf"\g<1>{REDACTED}", text)
    return _TOKEN_PARAMETER.sub(rf"\g<1>{REDACTED}", text)


class RedactingLogger(Logger):
    """gunicorn's logger (logger_class in gunicorn.conf.py) with the tokens cut out of every
    request atom: the request line, the path, the query and headers such as the Referer."""

    def atoms(self, resp, req, environ, request_time) -> dict:
        atoms = super().atoms(resp, req, environ, request_time)
        return {key: redact(v) if isinstance(v, str) else v for key, v in atoms.items()}


class RedactSecrets(logging.Filter):
    """A handler filter for Django's logs ("Not Found: /de/…/status/<token>/")."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if (redacted := redact(message)) != message:
            record.msg, record.args = redacted, ()
        return True
