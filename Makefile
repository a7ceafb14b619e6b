# The two commands in the README (`make demo`, `make test`) do all set-up on a fresh Debian.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTEST_ARGS ?= -q

.PHONY: demo demo-headless demo-fleet test lint bench deps clean package package-test mutate screenshots \
	translations translations-update

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -e '.[test,dev]'
	@touch $(STAMP)

deps:
	@tools/debian-deps.sh

# The screens' translations: ui/i18n/station_<lang>.ts are the sources (committed, English's
# too); the .qm the station loads are built from them here and never committed.
# docs/development.md, "Translations".
TS := $(wildcard ui/i18n/station_*.ts)
QM := $(TS:.ts=.qm)

ui/i18n/%.qm: ui/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Re-read every wrapped string in ui/ into the .ts files: new ones arrive unfinished, changed
# ones keep their old translation marked unfinished (lupdate's rule), gone ones are dropped.
# The station's messages (station/catalogue/) first become ui/i18n/engine_texts/ for lupdate.
# English is the source language: its .ts holds only the plural forms ("1 event", "3 events"
# for the source's "event(s)"), as Qt prescribes (lupdate -pluralonly); the station's plurals
# get theirs from the catalogue.
EN_TS := ui/i18n/station_en.ts

translations-update: $(STAMP)
	$(PY) -m ui.i18n.generate
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(find ui -name '*.py' | sort) \
	  -ts $(filter-out $(EN_TS),$(TS))
	$(VENV)/bin/pyside6-lupdate -pluralonly -source-language en -target-language en \
	  -locations none -no-obsolete $$(find ui -name '*.py' | sort) -ts $(EN_TS)
	$(PY) -m ui.i18n.generate --english-plurals

# The window runs the whole line, as the headless demo does: each PASS waits for its printed label
# to be scanned back by the simulated serial scanner.
demo: deps $(STAMP) translations
	$(VENV)/bin/station demo --check-scan

demo-headless: $(STAMP) translations
	$(VENV)/bin/station demo --headless

# Fleet mode: two stations and a throwaway central PostgreSQL. tools/with-keyring.sh gives the
# stations a throwaway keyring of their own, so the demo never touches the user's.
demo-fleet: deps $(STAMP)
	tools/with-keyring.sh $(VENV)/bin/station demo --fleet --headless --slots 2

test: deps $(STAMP) translations
	VENV=$(VENV) tools/run-tests.sh $(PYTEST_ARGS)

# Mutation testing of the engine, the journal's chain and verify, and the device profiles'
# read-back (pyproject's [tool.mutmut]). It is slow: narrow it with MUTANTS, e.g.
# make mutate MUTANTS='station.engine.transaction* station.engine.recovery*'
mutate: deps $(STAMP)
	VENV=$(VENV) tools/mutate.sh $(MUTANTS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# Every picture in docs/, each in a real window under Xvfb at the size it documents.
screenshots: deps $(STAMP) translations
	$(PY) tools/screenshots.py $(SHOTS)

# Every bench runs even if one before it failed (a loaded machine can fail a set-up); the
# failed ones are named at the end and make the run fail. The run ends with every figure that
# has a target, side by side, as each bench printed it.
bench: $(STAMP)
	@failed=""; out=$$(mktemp -d); for f in bench/*_bench.py; do echo "== $$f"; \
	  PYTHONUNBUFFERED=1 QT_QPA_PLATFORM=offscreen $(PY) $$f 2>&1 | tee "$$out/$$(basename $$f .py).log"; \
	  [ "$${PIPESTATUS[0]}" -eq 0 ] || failed="$$failed $$f"; done; \
	  echo "== every figure with a target, from this run"; \
	  grep -E "target[: ]+(<|>|paged|flat)" "$$out"/*.log | sed "s|^$$out/||; s|\.log:|: |"; \
	  rm -rf "$$out"; \
	  if [ -n "$$failed" ]; then echo "benches that failed:$$failed"; exit 1; fi

PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[package]'
	@touch $(PACKAGE_STAMP)

# dist/provisioning-station_<version>_<arch>.deb (packaging/build-deb.sh prints the path)
package: deps $(PACKAGE_STAMP) translations
	VENV=$(VENV) packaging/build-deb.sh dist

package-test: deps $(PACKAGE_STAMP) translations
	@set -e; deb=$$(VENV=$(VENV) packaging/build-deb.sh dist | tail -n 1); \
	  STATION_PACKAGE_TEST=1 STATION_DEB=$$deb QT_QPA_PLATFORM=offscreen \
	  $(VENV)/bin/python -m pytest tests/packaging -q -p no:cacheprovider

clean:
	rm -rf $(VENV) $(QM) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
