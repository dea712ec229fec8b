# The two commands of the README:
#   make site   — create the environment and build the site from seeds/ into site/
#   make test   — run the whole test suite (what .ci/run calls)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: site test bench bundle vendor system-deps clean

# The iframe-worker polyfill that lets search run from file:// in the offline
# bundle, from the npm registry at set-up time (never pasted into the repo).
IFRAME_WORKER := iframe-worker@1.0.4
SHIM := vendor/iframe-worker/shim.js
# axe-core, injected into pages by the accessibility tests (tests/browser/
# test_accessibility.py), from the npm registry at set-up time as well.
AXE_CORE := axe-core@4.14.1
AXE := vendor/axe-core/axe.min.js

# The pinned dependencies, then the project itself (pyproject.toml), editable:
# the `un-reports` command in .venv/bin and `python -m generator` from any folder.
$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --editable .
	touch $(STAMP)

# The polyfill too: the README's `bundle` example needs it.
site: $(STAMP) $(SHIM)
	$(VENV)/bin/un-reports build

test: $(STAMP) $(SHIM) $(AXE) system-deps
	$(PY) -m pytest

bundle: $(STAMP) $(SHIM)
	$(VENV)/bin/un-reports bundle

vendor: $(SHIM) $(AXE)

$(SHIM):
	rm -rf vendor/iframe-worker vendor/.npm-pack && mkdir -p vendor/.npm-pack vendor/iframe-worker
	cd vendor/.npm-pack && npm pack --silent $(IFRAME_WORKER) >/dev/null && tar xzf iframe-worker-*.tgz
	cp vendor/.npm-pack/package/shim/index.js $(SHIM)
	cp vendor/.npm-pack/package/LICENSE vendor/iframe-worker/LICENSE
	rm -rf vendor/.npm-pack

$(AXE):
	rm -rf vendor/axe-core vendor/.npm-pack-axe && mkdir -p vendor/.npm-pack-axe vendor/axe-core
	cd vendor/.npm-pack-axe && npm pack --silent $(AXE_CORE) >/dev/null && tar xzf axe-core-*.tgz
	cp vendor/.npm-pack-axe/package/axe.min.js $(AXE)
	cp vendor/.npm-pack-axe/package/LICENSE vendor/axe-core/LICENSE
	rm -rf vendor/.npm-pack-axe

# Our build of 10, 100 and 1000 synthetic reports against a plain MkDocs build.
bench: $(STAMP)
	$(PY) bench/run.py

# Debian packages the browser tests need (a real Chromium and CJK fonts).
system-deps:
	@bash scripts/system-deps.sh

clean:
	rm -rf site .site.versions docs dist test-artifacts vendor
