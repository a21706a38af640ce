# SessionReady — `make run` starts the app, `make test` runs every check. Both set themselves up.
SHELL := /bin/bash
.DEFAULT_GOAL := run
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck pytest sysdeps translations lupdate bench package package-test clean screenshots icons

sysdeps:
	@tools/sysdeps.sh $(SYSDEPS_FOR)

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "SessionReady needs Python 3.11 or newer (python3.11)." >&2; exit 1; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installing SessionReady into $(VENV) (first run only)…"
	@$(PY) -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
	@$(PY) -m pip install -q --disable-pip-version-check -e '.[test]' > $(VENV)/pip.log 2>&1 || { cat $(VENV)/pip.log; exit 1; }
	@touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts files from the sources (run after changing visible strings).
lupdate: $(STAMP)
	@$(PY) tools/lupdate.py

run: sysdeps $(STAMP) translations
	@$(PY) -m app

lint: $(STAMP)
	@$(VENV)/bin/ruff check --quiet app tests benchmarks tools packaging
	@$(VENV)/bin/ruff format --quiet --check app tests benchmarks tools packaging

typecheck: $(STAMP)
	@$(VENV)/bin/mypy --no-error-summary app

pytest: $(STAMP) translations
	@QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

test: SYSDEPS_FOR := test
test: sysdeps $(STAMP) translations lint typecheck pytest

bench: SYSDEPS_FOR := bench
bench: sysdeps $(STAMP) translations
	@$(PY) benchmarks/run_all.py

screenshots: $(STAMP) translations
	@$(PY) tools/screenshots.py

# The installable app (packaging/): PyInstaller one-folder bundle in dist/SessionReady/.
PKG_STAMP := $(VENV)/.installed-package
PKG_BIN := dist/SessionReady/sessionready
PKG_INPUTS = $(shell find app packaging resources -type f -not -path '*/__pycache__/*' -not -name '*.ts') pyproject.toml tools/make_icons.py

$(PKG_STAMP): $(STAMP) pyproject.toml
	@$(PY) -m pip install -q --disable-pip-version-check -e '.[test,package]' > $(VENV)/pip-package.log 2>&1 || { cat $(VENV)/pip-package.log; exit 1; }
	@touch $(PKG_STAMP)

$(PKG_BIN): $(PKG_STAMP) $(QM) $(PKG_INPUTS)
	@$(PY) tools/make_icons.py build/icons >/dev/null
	@echo "Building dist/SessionReady with PyInstaller…"
	@set -o pipefail; start=$$(date +%s); rm -f $(PKG_BIN); \
	  $(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	    packaging/sessionready.spec 2>&1 | { grep -v 'required via ctypes not found' || true; }; \
	  test -x $(PKG_BIN) && echo "Built $(PKG_BIN) in $$(( $$(date +%s) - start )) s ($$(du -sh dist/SessionReady | cut -f1))"

package: sysdeps $(PKG_BIN)

package-test: package
	@$(PY) packaging/smoke_test.py $(PKG_BIN)

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm

icons: $(STAMP)
	@$(PY) tools/make_icons.py build/icons

# Before a release: the whole suite STRESS_RUNS times (default 5) beside two CPU-bound processes,
# later runs in shuffled orders; stops at the first failing run (tools/test_stress.sh). Not in `make test`.
STRESS_RUNS ?= 5
.PHONY: test-stress
test-stress: SYSDEPS_FOR := test
test-stress: sysdeps $(STAMP) translations
	@tools/test_stress.sh $(STRESS_RUNS) $(PYTEST_ARGS)
