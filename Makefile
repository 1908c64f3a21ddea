# Two commands do all the set-up on a fresh machine with Python 3.11+:
#   make run   — create .venv, install, start the tray app
#   make test  — create .venv, install with test tools, run lint, types, boundaries and every test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-windows lint unit gui e2e packaging package bench bench-bundle screenshots clean \
	translations
# Qt Linguist: .ts sources in git, .qm built here (and by packaging/build.py).
TS := $(wildcard resources/i18n/between_calls_*.ts)
QM := $(TS:.ts=.qm)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing texts in the UI: new strings go into every .ts (translators fill them in).
translations: $(STAMP)
	$(BIN)/python scripts/translations.py update

run: $(STAMP) $(QM)
	$(BIN)/wellbeing

lint: $(STAMP)
	$(BIN)/ruff check wellbeing_app tests benchmarks docs packaging
	$(BIN)/mypy
	$(BIN)/lint-imports

# The whole suite: lint, types, boundaries, every Linux test, then the Windows stage under Wine
# (it skips with one printed reason when Wine is not installed).
test: lint $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest tests
	$(BIN)/python -m tests.windows.stage

# The Qt-free code on a real Windows CPython under Wine (cached in ~/.cache/between-calls-wine).
test-windows: $(STAMP)
	$(BIN)/python -m tests.windows.stage

unit: $(STAMP)
	$(BIN)/pytest tests/unit

gui: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest tests/gui

e2e: $(STAMP) $(QM)
	$(BIN)/pytest tests/e2e

packaging: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest tests/packaging

# The one-folder bundle in dist/BetweenCalls (reused when nothing changed), plus the Linux tarball.
package: $(STAMP)
	$(BIN)/python packaging/build.py --archive

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run_all

# Bundle size vs the 80 MB download budget, and frozen vs source start times.
bench-bundle: $(STAMP)
	$(BIN)/python -m benchmarks.bundle_benchmark

screenshots: $(STAMP)
	$(BIN)/python -m docs.take_screenshots

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
