# Two commands matter: `make run` (serve the site with demo content) and `make test`.
SHELL := /bin/bash
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
VENDOR := static/vendor

# The first Python 3.12+ found: python3.13, python3.12, then pyenv's 3.13 and 3.12 installs.
PYENV_DIR := $(shell pyenv root 2>/dev/null)
PYTHON ?= $(shell for candidate in python3.13 python3.12 \
	$(PYENV_DIR)/versions/3.13*/bin/python3 $(PYENV_DIR)/versions/3.12*/bin/python3; do \
	command -v $$candidate >/dev/null 2>&1 && $$candidate -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
	&& { command -v $$candidate; break; }; done)

.PHONY: run test lint format bench bench-ratings clean check-python

check-python:
	@if [ -z "$(PYTHON)" ]; then \
		echo "This site needs Python 3.12 or newer (Django 6.1). Install python3.13 or python3.12," \
		     "or set PYTHON=/path/to/python3.12+ and try again." >&2; exit 1; fi

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | check-python
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Only the Bootstrap rules some template, form template or script can use (PurgeCSS keeps every selector whose
# class names appear in them): 230 KB becomes about 50 KB, so the stylesheet that blocks the first paint is small.
# Message classes are built from the message's level, so they are kept by pattern. No Bootstrap JavaScript is used.
CRISPY_TEMPLATES = $(shell $(PY) -c 'import crispy_bootstrap5, pathlib; print(pathlib.Path(crispy_bootstrap5.__file__).parent / "templates")' 2>/dev/null)
$(VENDOR)/.copied: node_modules/.package-lock.json $(VENV)/.installed-dev $(wildcard templates/*.html templates/*/*.html */templates/*/*.html static/js/*.js)
	test -d "$(CRISPY_TEMPLATES)"  # crispy-bootstrap5's templates, whose classes must be kept
	rm -rf $(VENDOR)/bootstrap && mkdir -p $(VENDOR)/bootstrap
	node_modules/.bin/purgecss --css node_modules/bootstrap/dist/css/bootstrap.min.css \
		--content 'templates/**/*.html' '*/templates/**/*.html' '$(CRISPY_TEMPLATES)/**/*.html' 'static/js/*.js' '*/*.py' \
		--safelist 'alert-success' 'alert-info' 'alert-warning' 'alert-danger' 'alert-debug' \
		--output $(VENDOR)/bootstrap/
	touch $@

.PHONY: static setup
static: $(VENDOR)/.copied

setup: $(VENV)/.installed-dev static
	mkdir -p var

# var/local.env: DEBUG=1, this checkout's own SECRET_KEY and the address served on, read by every
# manage.py command (so the README's staff commands work as printed), never by gunicorn.
.PHONY: local-env
local-env:
	$(PY) -m netsite.local_env $(PORT)

run: setup local-env
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_places
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_admin
	@echo "Serving on http://127.0.0.1:$(PORT)/ (admin at /admin/). Press Ctrl+C to stop."
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	DJANGO_SETTINGS_MODULE=netsite.test_settings $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=netsite.test_settings $(PY) manage.py makemigrations --check --dry-run

# A benchmark, not a test: 2,000 votes from 50 concurrent clients against gunicorn on DATABASE_URL.
bench-ratings: setup
	$(PY) bench/ratings.py

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) node_modules $(VENDOR) staticfiles .pytest_cache

# Benchmarks, not tests: they print figures (see README, Performance). They need wrk (apt-get install wrk).
bench: setup
	$(PY) bench/site.py $(BENCH_ARGS)

# Not a test (too slow): Lighthouse 12.2.3 with Debian's Chromium on the home page, the treatments overview and
# a treatment page, under gunicorn with DEBUG off; offline (Chromium resolves no host but 127.0.0.1). See README.
tools/lighthouse/node_modules/.package-lock.json: tools/lighthouse/package.json tools/lighthouse/package-lock.json
	cd tools/lighthouse && npm ci --no-audit --no-fund --loglevel=error
	touch $@

.PHONY: lighthouse
lighthouse: setup tools/lighthouse/node_modules/.package-lock.json
	$(PY) bench/lighthouse.py
