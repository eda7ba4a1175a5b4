"""Find a real Elasticsearch for the tests: ELASTICSEARCH_URL, or the project's local node."""

import os
import subprocess
from pathlib import Path

ES_SCRIPT = Path(__file__).resolve().parent.parent / "tools" / "elasticsearch" / "es.sh"


class ElasticsearchUnavailable(RuntimeError):
    pass


def elasticsearch_url() -> str:
    """The URL of a healthy node; starts the local one (as `make elasticsearch` does) if needed."""
    url = os.environ.get("ELASTICSEARCH_URL", "").strip()
    if url:
        return url
    try:
        result = subprocess.run(
            [str(ES_SCRIPT), "start"], capture_output=True, text=True, timeout=900, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ElasticsearchUnavailable(f"could not run {ES_SCRIPT.name}: {error}") from error
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        detail = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise ElasticsearchUnavailable(f"local Elasticsearch did not start: {detail}")
    return lines[-1].strip()
