# The two commands of the README:
#   make site   — create the environment and build the site from seeds/ into site/
#   make test   — run the whole test suite (what .ci/run calls)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: site test bench bundle check system-deps clean

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

site: $(STAMP)
	$(PY) -m generator build

test: $(STAMP) system-deps
	$(PY) -m pytest

# Our build of 10, 100 and 1000 synthetic reports against a plain MkDocs build.
bench: $(STAMP)
	$(PY) bench/run.py

# Debian packages the browser tests need (a real Chromium and CJK fonts).
system-deps:
	@bash scripts/system-deps.sh

clean:
	rm -rf site dist .build-* test-artifacts
