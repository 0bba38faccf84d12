# The two commands humans and CI share:
#   make serve   live preview of the site (mkdocs serve --dirty --livereload)
#   make test    every check: ruff, mypy, factsheet validate, pytest incl. the browser layer
#
# Both create .venv on first use and install it from requirements.txt, the hash-pinned lock
# (`make lock` refreshes it from pyproject.toml's ranges; see SECURITY.md). They reinstall only
# when pyproject.toml or the lock changes (the stamp file is named after a hash of both, so a
# `git pull` that edits them triggers a reinstall while a plain re-run does nothing).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium
PYTEST_ARGS ?=
BENCH_ARGS ?=
LIGHTHOUSE_ARGS ?=

# Material for MkDocs prints a banner about MkDocs 2 on every run; we pin mkdocs<2.
export NO_MKDOCS_2_WARNING := 1
# pip must never stop to ask a question (CI has no stdin).
export PIP_DISABLE_PIP_VERSION_CHECK := 1

LOCK ?= requirements.txt
INSTALL_HASH := $(shell cat pyproject.toml $(LOCK) | sha256sum | cut -c1-16)
STAMP := $(VENV)/.installed-$(INSTALL_HASH)

.PHONY: help install lock serve site test lint typecheck validate pytest check-chromium \
	bench screenshots mutants lock-mutation clean lighthouse

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) \
		| awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml $(LOCK)
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
		echo "error: $(PYTHON) is older than 3.11; install Python 3.11+ or run make PYTHON=python3.11" >&2; \
		exit 1; }
	@if [ ! -x $(BIN)/python ]; then \
		echo "Creating $(VENV) with $$($(PYTHON) --version)"; \
		$(PYTHON) -m venv $(VENV) || { \
			echo "error: could not create a venv; on Debian: sudo apt-get install python3-venv" >&2; \
			exit 1; }; \
	fi
	@# Every package, pip and setuptools included, at the locked version with a matching hash,
	@# from wheels only (no package's setup code runs); then the project itself, built by
	@# the locked setuptools (no unpinned build environment).
	@$(BIN)/python -m pip install --quiet --require-hashes --only-binary :all: -r $(LOCK) || { \
		echo "error: installing from $(LOCK) failed. If pip says THESE PACKAGES DO NOT MATCH THE HASHES," >&2; \
		echo "       a download differs from the file that was locked: do not edit the hash; see" >&2; \
		echo "       SECURITY.md (Dependencies). After a change to pyproject.toml, run: make lock" >&2; \
		exit 1; }
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@rm -f $(VENV)/.installed-*
	@touch $@

install: $(STAMP) ## Create .venv and install the project with its dev tools from the lock

# pip-compile (pip-tools, itself in the lock) resolves pyproject.toml's ranges for this
# platform (Linux x86-64, Python 3.11, as CI) and writes every file's sha256.
# LOCK_ARGS: e.g. --upgrade (everything to the newest allowed) or --upgrade-package mkdocs.
LOCK_ARGS ?=
lock: $(STAMP) ## Refresh the lock (requirements.txt) from pyproject.toml, with hashes
	CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --extra dev \
		--generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
		--no-emit-find-links --output-file $(LOCK) $(LOCK_ARGS) pyproject.toml

lock-mutation: $(STAMP) ## Refresh requirements-mutation.txt (mutmut, for make mutants)
	CUSTOM_COMPILE_COMMAND="make lock-mutation" $(BIN)/pip-compile --quiet --extra mutation \
		--generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
		--no-emit-find-links --constraint $(LOCK) --output-file requirements-mutation.txt \
		pyproject.toml

serve: $(STAMP) ## Live preview on http://127.0.0.1:8000 (rebuilds on YAML edits)
	$(BIN)/mkdocs serve --dirty --livereload

site: $(STAMP) ## Build both languages into site/ (strict: any warning fails)
	$(BIN)/mkdocs build --strict

lint: $(STAMP) ## ruff check + ruff format --check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP) ## mypy (files listed in pyproject.toml)
	$(BIN)/mypy

validate: $(STAMP) ## factsheet validate on facts/ and seeds/
	$(BIN)/factsheet validate

check-chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
		echo "error: the browser tests need Debian's Chromium at $(CHROMIUM), which is missing." >&2; \
		echo "       Install it with:  sudo apt-get install chromium" >&2; \
		echo "       (Playwright's own browser download is not used: it does not work offline.)" >&2; \
		exit 1; \
	fi

# pytest exits 5 when it collected no test: that must fail, never pass as "green".
pytest: $(STAMP) check-chromium ## The whole pytest suite, browser layer included
	@rc=0; $(BIN)/pytest $(PYTEST_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "error: pytest collected no tests" >&2; exit 1; fi; \
	exit $$rc

test: check-chromium lint typecheck validate pytest ## Every check CI runs

# BENCH_ARGS: e.g. --quick (a 2-minute smoke run) or --sizes 1000 --skip-serve; see BENCHMARK.md.
bench: $(STAMP) ## Speed benchmark (about 11 min): prints the table, writes bench-results/
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

# Lighthouse from npm, pinned by scripts/lighthouse/package-lock.json, on the machine's Node;
# LIGHTHOUSE_ARGS: e.g. --runs 3 or --pages ',war/,en/war/' (see scripts/bench_lighthouse.py).
lighthouse: $(STAMP) check-chromium ## Lighthouse (mobile) on every page of both languages, into BENCHMARK.md
	cd scripts/lighthouse && npm ci --no-audit --no-fund --loglevel=error
	CHROME_PATH=$(CHROMIUM) $(BIN)/python scripts/bench_lighthouse.py $(LIGHTHOUSE_ARGS)

screenshots: $(STAMP) check-chromium ## Refresh docs/assets/screenshots/ (README pictures)
	$(BIN)/python scripts/readme_screenshots.py

# MUTANT_GROUPS: e.g. seeds safety (default: every group); see MUTATION.md and scripts/mutants.py.
MUTANT_GROUPS ?=
# mutmut and what it needs, hash-pinned like the rest (requirements-mutation.txt, written by
# `make lock-mutation` within requirements.txt's versions); not part of `make install` or CI.
mutants: $(STAMP) ## Mutation testing of the guarded modules (long, CPU-heavy; see MUTATION.md)
	$(BIN)/python -m pip install --quiet --require-hashes --only-binary :all: \
		-r requirements-mutation.txt
	rm -rf mutants
	$(BIN)/python scripts/mutants.py $(MUTANT_GROUPS)
	$(BIN)/python scripts/mutants_js.py

clean: ## Remove build output (keeps .venv)
	rm -rf site test-artifacts .pytest_cache .mypy_cache .ruff_cache mutants
