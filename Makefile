# SessionReady — `make run` starts the app, `make test` runs every check. Both set themselves up:
# `make run` installs only what the app needs; `make test` adds the test tools (`.[test]`).
SHELL := /bin/bash
.DEFAULT_GOAL := run
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
PIP := $(PY) -m pip install -q --disable-pip-version-check
# The requirements of one optional group of pyproject.toml (installed without reinstalling the app).
extra_reqs = $(PY) -c 'import sys, tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"][sys.argv[1]]))' $(1)
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint typecheck pytest sysdeps translations lupdate bench package package-test deb deb-test clean screenshots icons

sysdeps:
	@tools/sysdeps.sh $(SYSDEPS_FOR)

$(PY):
	@test -n "$(PYTHON)" || { echo "SessionReady needs Python 3.11 or newer (python3.11)." >&2; exit 1; }
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) --upgrade pip >/dev/null

# The app and what it needs at run time, nothing else.
$(STAMP): pyproject.toml | $(PY)
	@echo "Installing SessionReady into $(VENV) (first run only)…"
	@$(PIP) -e . > $(VENV)/pip.log 2>&1 || { cat $(VENV)/pip.log; exit 1; }
	@touch $(STAMP)

# The test tools on top (pytest, mypy, ruff, hypothesis, scikit-image, …): only the extras.
$(TEST_STAMP): $(STAMP) pyproject.toml
	@echo "Installing the test tools into $(VENV) (first test run only)…"
	@$(call extra_reqs,test) > $(VENV)/requirements-test.txt
	@$(PIP) -r $(VENV)/requirements-test.txt > $(VENV)/pip-test.log 2>&1 || { cat $(VENV)/pip-test.log; exit 1; }
	@touch $(TEST_STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts files from the sources (run after changing visible strings).
lupdate: $(STAMP)
	@$(PY) tools/lupdate.py

run: sysdeps $(STAMP) translations
	@$(PY) -m app

lint: $(TEST_STAMP)
	@$(VENV)/bin/ruff check --quiet app tests benchmarks tools packaging
	@$(VENV)/bin/ruff format --quiet --check app tests benchmarks tools packaging

typecheck: $(TEST_STAMP)
	@$(VENV)/bin/mypy --no-error-summary app

pytest: $(TEST_STAMP) translations
	@QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

test: SYSDEPS_FOR := test
test: sysdeps $(TEST_STAMP) translations lint typecheck pytest

bench: SYSDEPS_FOR := bench
bench: sysdeps $(TEST_STAMP) translations
	@$(PY) benchmarks/run_all.py

screenshots: $(STAMP) translations
	@$(PY) tools/screenshots.py

# The installable app (packaging/): PyInstaller one-folder bundle in dist/SessionReady/.
PKG_STAMP := $(VENV)/.installed-package
PKG_BIN := dist/SessionReady/sessionready
PKG_INPUTS = $(shell find app packaging resources -type f -not -path '*/__pycache__/*' -not -name '*.ts') pyproject.toml tools/make_icons.py

# The smoke test borrows tests/harness (pytest), so the package tools sit on the test tools.
$(PKG_STAMP): $(TEST_STAMP) pyproject.toml
	@$(call extra_reqs,package) > $(VENV)/requirements-package.txt
	@$(PIP) -r $(VENV)/requirements-package.txt > $(VENV)/pip-package.log 2>&1 || { cat $(VENV)/pip-package.log; exit 1; }
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

# The Debian package (packaging/deb/): dist/session-ready_<version>_<arch>.deb from the bundle.
DEB_VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
DEB := dist/session-ready_$(DEB_VERSION)_$(shell dpkg --print-architecture 2>/dev/null || echo unknown).deb

$(DEB): $(PKG_BIN) $(wildcard packaging/deb/*)
	@packaging/deb/build_deb.sh dist/SessionReady

deb: SYSDEPS_FOR := deb
deb: sysdeps package $(DEB)
	@lintian --fail-on error,warning $(DEB) && echo "lintian: clean (overrides explained in packaging/README.md)"

# Install the .deb with apt, run it, open the window under Xvfb, remove it, look for leftovers.
deb-test: deb
	@packaging/deb/deb_test.sh $(DEB)

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm

icons: $(STAMP)
	@$(PY) tools/make_icons.py build/icons
