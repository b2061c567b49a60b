# Two commands for a new user: `make run` and `make test`.  Both set up .venv when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint check-prereqs bench screenshots clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "casefiles needs Python 3.11 or newer (found: $$($(PYTHON) --version 2>&1))"; exit 1; }
	@$(PYTHON) -m venv $(VENV) || { echo "Python's venv module is missing: on Debian or Ubuntu run 'sudo apt install python3-venv'"; exit 1; }

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

check-prereqs:
	@sh resources/check-prereqs.sh

run: check-prereqs $(STAMP)
	$(BIN)/casefiles

lint: $(STAMP)
	$(BIN)/ruff check casefiles tests benchmarks
	$(BIN)/ruff format --check casefiles tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Every figure against its floor; fails when a budget is missed.  Builds and caches the
# synthetic stores first (L: a couple of minutes).  `make bench BENCH_ARGS=--write-results`
# also rewrites benchmarks/RESULTS.md; BENCH_ARGS="--skip vault backup" skips the slow ones.
BENCH_ARGS ?=
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks $(BENCH_ARGS)

screenshots: $(STAMP)
	xvfb-run -a $(BIN)/python docs/make_screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info
