"""gunicorn for ProXLab: workers sized to the machine, settings from the environment."""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# The usual (2 x cores) + 1, capped so a big host does not exhaust database connections.
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 12)))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
timeout = 30
graceful_timeout = 20
# Recycle workers now and then against slow leaks; a cached page takes a millisecond, so a
# lower limit would restart every worker every few seconds under a campaign's traffic.
max_requests = 20000
max_requests_jitter = 2000
# Load the app once in the master: a configuration error stops startup with one message.
preload_app = True
accesslog = "-"
errorlog = "-"
# Status-link and preview tokens are cut out of every access log line (cms/access_log.py).
logger_class = "cms.access_log.RedactingLogger"
