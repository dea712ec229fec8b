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

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

site: $(STAMP)
	$(PY) -m generator build

test: $(STAMP) $(SHIM) system-deps
	$(PY) -m pytest

bundle: $(STAMP) $(SHIM)
	$(PY) -m generator bundle

vendor: $(SHIM)

$(SHIM):
	rm -rf vendor/iframe-worker vendor/.npm-pack && mkdir -p vendor/.npm-pack vendor/iframe-worker
	cd vendor/.npm-pack && npm pack --silent $(IFRAME_WORKER) >/dev/null && tar xzf iframe-worker-*.tgz
	cp vendor/.npm-pack/package/shim/index.js $(SHIM)
	cp vendor/.npm-pack/package/LICENSE vendor/iframe-worker/LICENSE
	rm -rf vendor/.npm-pack

# Our build of 10, 100 and 1000 synthetic reports against a plain MkDocs build.
bench: $(STAMP)
	$(PY) bench/run.py

# Debian packages the browser tests need (a real Chromium and CJK fonts).
system-deps:
	@bash scripts/system-deps.sh

clean:
	rm -rf site .site.versions docs dist test-artifacts vendor
