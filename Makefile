# ProXLab — `make run` to start the portal, `make test` to run every test. `make help` lists the rest.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help run setup serve test test-fast bench bench-ci lint format elasticsearch elasticsearch-stop clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-20s %s\n", $$1, $$2}'

$(STAMP): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "ProXLab needs Python 3.11 or newer (found %d.%d)." % sys.version_info[:2])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing Python packages into $(VENV) …"
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@touch $@

setup: $(STAMP) ## Create .venv, install, migrate, load demo content, create the admin account
	@$(MANAGE) migrate --no-input -v0
	@$(MANAGE) createcachetable
	@$(MANAGE) compile_catalogues
	@$(MANAGE) seed_demo
	@$(MANAGE) ensure_admin

# Mail links and canonical addresses name the address `make run` serves, unless SITE_URL says otherwise.
run: export SITE_URL ?= http://$(HOST):$(PORT)
run: setup ## Set up and serve on http://127.0.0.1:8000 (HOST, PORT) with the development server
	@echo "ProXLab: http://$(HOST):$(PORT)/de/"
	@$(MANAGE) runserver $(HOST):$(PORT)

serve: export DJANGO_SETTINGS_MODULE ?= cms.settings.production
serve: $(STAMP) ## Serve through gunicorn with production settings, and a task worker that is restarted when it exits
	@$(BIN)/python manage.py migrate --no-input -v0
	@$(BIN)/python manage.py createcachetable
	@$(BIN)/python manage.py compile_catalogues
	@$(BIN)/python manage.py collectstatic --no-input -v0
	@$(BIN)/python manage.py configure_site
	@# The task worker (index updates, mail) runs beside gunicorn and stops with it; run_worker
	@# starts a new one whenever it exits.
	@$(BIN)/python manage.py run_worker & worker=$$!; trap 'kill $$worker' EXIT INT TERM; \
		$(BIN)/gunicorn -c gunicorn.conf.py cms.wsgi

test: $(STAMP) ## Run the whole test suite (starts a local Elasticsearch when ELASTICSEARCH_URL is unset)
	@$(MANAGE) compile_catalogues
	@$(BIN)/pytest $(PYTEST_ARGS)
	@$(MAKE) --no-print-directory bench-ci

# The benchmark's own SQLite database (BENCH_DATABASE_URL for PostgreSQL), never db.sqlite3, and
# its own indexes (proxlab-bench-*) in ELASTICSEARCH_URL, else in the local node it starts.
# ELASTICSEARCH_TIMEOUT stays the portal's default: fallbacks are measured as visitors meet them.
BENCH_OFFERS ?= 10000
# The second size: search alone (bench --only-search) on a database of its own; empty skips it.
BENCH_SCALE_OFFERS ?= 100000
BENCH_DATABASE_URL ?= sqlite:///$(CURDIR)/bench.sqlite3
BENCH_SCALE_DATABASE_URL ?= sqlite:///$(CURDIR)/bench-$(BENCH_SCALE_OFFERS).sqlite3
BENCH_DEMO_DATABASE_URL ?= sqlite:///$(CURDIR)/bench-demo.sqlite3
BENCH_ES = ELASTICSEARCH_URL="$${ELASTICSEARCH_URL:-$$(tools/elasticsearch/es.sh start | tail -n 1)}"
bench: export DATABASE_URL = $(BENCH_DATABASE_URL)
bench: export ELASTICSEARCH_INDEX_PREFIX = proxlab-bench
bench: $(STAMP) ## Benchmark at BENCH_OFFERS and BENCH_SCALE_OFFERS offers per language; writes docs/benchmarks.md and .json
	@$(MANAGE) migrate --no-input -v0
	@$(MANAGE) createcachetable
	@$(MANAGE) compile_catalogues
	@$(BENCH_ES) $(MANAGE) bench --offers $(BENCH_OFFERS) $(BENCH_ARGS)
	@# Search alone at the second size, with its own database and indexes (dropped when measured).
	@if [ -n "$(BENCH_SCALE_OFFERS)" ]; then \
		export DATABASE_URL="$(BENCH_SCALE_DATABASE_URL)" ELASTICSEARCH_INDEX_PREFIX=proxlab-bench-scale; \
		$(MANAGE) migrate --no-input -v0 && $(MANAGE) createcachetable && \
		$(BENCH_ES) $(MANAGE) bench --only-search --offers $(BENCH_SCALE_OFFERS) $(BENCH_ARGS); \
	fi
	@# Precision at 3 of search.quality on the demo content, with its own database and indexes.
	@export DATABASE_URL="$(BENCH_DEMO_DATABASE_URL)" ELASTICSEARCH_INDEX_PREFIX=proxlab-bench-demo; \
		$(MANAGE) migrate --no-input -v0 && $(MANAGE) createcachetable && \
		ELASTICSEARCH_URL= $(MANAGE) seed_demo >/dev/null && \
		$(BENCH_ES) $(MANAGE) bench --only-quality $(BENCH_ARGS)
	@# The write load once more on a second database (PostgreSQL beside SQLite, or the reverse).
	@if [ -n "$(BENCH_SECOND_DATABASE_URL)" ]; then \
		export DATABASE_URL="$(BENCH_SECOND_DATABASE_URL)"; \
		$(MANAGE) migrate --no-input -v0 && $(MANAGE) createcachetable && \
		$(BENCH_ES) $(MANAGE) bench --only-writes --offers 500 $(BENCH_ARGS); \
	fi

bench-ci: export DATABASE_URL = sqlite:///$(CURDIR)/test-artifacts/bench-ci.sqlite3
bench-ci: export ELASTICSEARCH_INDEX_PREFIX = proxlab-bench-ci
bench-ci: $(STAMP) ## The reduced benchmark (500 offers): fails on query counts, cached SQL, errors
	@mkdir -p test-artifacts
	@$(MANAGE) migrate --no-input -v0
	@$(MANAGE) createcachetable
	@$(BENCH_ES) $(MANAGE) bench --offers 500 --repeat 20 --seconds 8 --writes-seconds 8 --submitters 3 --check --out test-artifacts/benchmarks

test-fast: $(STAMP) ## Run the tests that need neither Elasticsearch, a browser nor the HTML checker
	@$(MANAGE) compile_catalogues
	@$(BIN)/pytest -m "not elasticsearch and not browser and not validator" $(PYTEST_ARGS)

lint: $(STAMP) ## ruff check and format check, and no model change without a migration
	@$(BIN)/ruff check .
	@$(BIN)/ruff format --check .
	@$(MANAGE) makemigrations --check --dry-run -v0

format: $(STAMP) ## Let ruff fix imports and formatting
	@$(BIN)/ruff check --fix .
	@$(BIN)/ruff format .

elasticsearch: ## Start a local single-node Elasticsearch 8 (127.0.0.1, 1 GB heap) and print its URL
	@tools/elasticsearch/es.sh start

elasticsearch-stop: ## Stop the local Elasticsearch
	@tools/elasticsearch/es.sh stop

clean: ## Remove the virtualenv, the SQLite database, media and collected static files
	rm -rf $(VENV) db.sqlite3 bench.sqlite3 bench-*.sqlite3 media static test-artifacts
