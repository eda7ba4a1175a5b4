"""gunicorn as production runs it (gunicorn.conf.py), on a free port, for tests about what
only a real server shows: unread request bodies, the access log."""

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.servers import ROOT, free_port, wait_for


@contextlib.contextmanager
def running_gunicorn(env: dict, access_log: Path | None = None) -> Iterator[str]:
    """One gunicorn with one worker and this environment; yields its base URL."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "cms.wsgi"]
    command += ["--bind", f"127.0.0.1:{port}", "--workers", "1"]
    if access_log:
        command += ["--access-logfile", str(access_log)]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{url}/healthz", process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)
