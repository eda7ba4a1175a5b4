"""gunicorn (the `make serve` configuration) under a bounded local load, and the purge check.

The load generator is a few Python threads with keep-alive-free HTTP requests, only ever
against 127.0.0.1, bounded in connections and seconds. It shares the machine's cores with
gunicorn, so each run reports the CPU the generator itself used.
"""

import http.client
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from django.conf import settings

from cms.bench.measure import percentile

BASE_DIR = Path(settings.BASE_DIR)


class Server:
    """gunicorn with gunicorn.conf.py and production settings on 127.0.0.1:port."""

    def __init__(
        self,
        port: int,
        *,
        page_cache: bool,
        workers: int | None = None,
        extra_env: dict[str, str | None] | None = None,
    ):
        """``extra_env``: variables to set, or with None to unset (the portal's default)."""
        self.port = port
        env = {**production_env(port, page_cache=page_cache), **(extra_env or {})}
        self.env = {name: value for name, value in env.items() if value is not None}
        if workers:
            self.env["WEB_CONCURRENCY"] = str(workers)
        self.process = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "-c", "gunicorn.conf.py", "cms.wsgi"],
            cwd=BASE_DIR,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._wait()

    @staticmethod
    def collect_static() -> None:
        """Hashed, compressed static files, as `make serve` collects them."""
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
            cwd=BASE_DIR,
            env=production_env(0, page_cache=False),
            check=True,
        )

    def _wait(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("gunicorn did not start (run `make serve` to see why)")
            try:
                get(self.port, "/healthz")
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not answer within a minute")

    def worker_peak_memory_mb(self) -> list[float]:
        """Peak resident memory (VmHWM) of each worker, from /proc."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        peaks = []
        for pid in children.read_text().split() if children.exists() else []:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks.append(round(int(line.split()[1]) / 1024, 1))
        return peaks

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def production_env(port: int, *, page_cache: bool) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "bench-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SESSION_COOKIE_SECURE": "false",
        "SECURE_SSL_REDIRECT": "false",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "SITE_URL": f"http://127.0.0.1:{port}",  # required in production
        "PAGE_CACHE_SECONDS": "3600" if page_cache else "0",
        "DATABASE_URL": os.environ.get("DATABASE_URL", ""),
    }


def get(port: int, path: str, timeout: float = 10) -> tuple[int, bytes, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1"})
        response = connection.getresponse()
        return response.status, response.read(), dict(response.getheaders())
    finally:
        connection.close()


def run_load(
    port: int, mix: list[tuple[float, list[str]]], *, connections: int, seconds: float
) -> dict:
    """``connections`` threads request URLs drawn from the weighted ``mix`` for ``seconds``."""
    durations: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    weights = [weight for weight, urls in mix if urls]
    groups = [urls for _weight, urls in mix if urls]

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        while time.monotonic() < deadline:
            url = rng.choice(rng.choices(groups, weights)[0])
            began = time.perf_counter()
            try:
                status, _body, _headers = get(port, url)
                failed = None if status == 200 else f"{status} {url}"
            except OSError as error:
                failed = f"{type(error).__name__} {url}"
            with lock:
                durations.append(time.perf_counter() - began)
                if failed:
                    errors.append(failed)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
    cpu_began = time.process_time()  # this process: the load generator's own CPU
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    generator_cores = (time.process_time() - cpu_began) / elapsed
    count = len(durations) or 1
    return {
        "connections": connections,
        "seconds": round(elapsed, 1),
        "requests": len(durations),
        "requests_per_second": round(len(durations) / elapsed, 1),
        "requests_per_second_per_core": round(len(durations) / elapsed / (os.cpu_count() or 1), 1),
        "median_ms": round(statistics.median(durations) * 1000, 1) if durations else None,
        "p95_ms": round(percentile(durations, 0.95) * 1000, 1) if durations else None,
        "errors": len(errors),
        "error_examples": sorted(set(errors))[:5],
        "share_over_1s": round(sum(d > 1 for d in durations) / count, 4),
        # Near 1 (one core, Python's lock), the generator rather than the server was the limit.
        "generator_cores": round(generator_cores, 2),
        "over_2s": sum(d > 2 for d in durations),
    }
