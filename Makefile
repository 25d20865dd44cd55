# govreport: two commands do everything on a fresh machine.
#   make        set up .venv (pinned requirements, the package editable, one Jupyter kernel),
#               build the tables, execute every notebook in place with papermill, render the
#               HTML briefings into reports/ (with reports/index.html linking them)
#   make test   unit tests plus nbval in strict mode (committed outputs must match a fresh run)
#   make lab    JupyterLab on notebooks/, the govreport kernel selected
#   make brief REPORT=path [LANG=en|bi]   the HTML briefing site of any report, in briefings/
# Every step is a file target, so a second `make` with nothing changed does nothing.

SHELL := /bin/bash
.DELETE_ON_ERROR:
MAKEFLAGS += --no-builtin-rules

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
KERNEL := govreport
KERNEL_SPEC := $(VENV)/share/jupyter/kernels/$(KERNEL)/kernel.json
INSTALLED := $(VENV)/.installed

REPORT := data/raw/jinbi_2024.txt
PROCESSED := data/processed/jinbi_2024
TABLES := $(PROCESSED)/.built

NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))
NAMES := $(basename $(notdir $(NOTEBOOKS)))
PAGES := $(NAMES:%=reports/%.html)

PACKAGE := $(shell find src/govreport -type f \( -name '*.py' -o -name '*.csv' -o -name '*.json' \) \
                -not -path '*/__pycache__/*' -not -name 'render.py' 2>/dev/null | sort)
RENDERER := src/govreport/present/render.py $(wildcard src/govreport/present/templates/offline/*) $(wildcard docs/assumptions.md)

# Generous ceilings: a notebook takes seconds; a hung kernel must still fail the build.
EXECUTION_TIMEOUT := 300
START_TIMEOUT := 120

.PHONY: all setup tables notebooks html test test-thorough clean lab brief browser
all: tables notebooks html

# --- set-up ----------------------------------------------------------------------------
$(PY):
	$(PYTHON) -m venv $(VENV)

$(INSTALLED): requirements.txt pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# One kernel, inside .venv (--sys-prefix), named for papermill (-k) and nbval.
$(KERNEL_SPEC): $(INSTALLED)
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (govreport)" >/dev/null
	touch $@

# The package's bytecode, written once: an editable install is not compiled by pip, and where
# PYTHONDONTWRITEBYTECODE is set every run compiled its ~80 modules again (a tenth of corpus
# mode's start-up). A stale file is simply compiled again in memory by Python.
BYTECODE := build/bytecode.compiled
$(BYTECODE): $(PACKAGE) | $(INSTALLED)
	$(PY) -m compileall -q src/govreport >/dev/null
	@mkdir -p $(@D) && touch $@

# The extractor's hot modules compiled with mypyc (about 1.4x faster extraction, the same rows;
# govreport/native.py uses the build only while its sources are unchanged). Rebuilt when they
# change; when compiling fails, one warning and the package runs as pure Python.
NATIVE_SOURCES := $(wildcard src/govreport/extract/*.py src/govreport/report/*.py src/govreport/tables/*.py)
NATIVE := build/native.built
$(NATIVE): $(NATIVE_SOURCES) tools/build_native.py pyproject.toml | $(INSTALLED)
	$(PY) tools/build_native.py --jobs 2
	@mkdir -p $(@D) && touch $@

# The programs of the package's regular expressions, recorded once (govreport/programs.py): compiling
# some 1,400 patterns was half of corpus mode's start-up. A pattern changed since is compiled as before.
PROGRAMS := build/re_programs.marshal
$(PROGRAMS): $(PACKAGE) tools/record_programs.py | $(INSTALLED) $(NATIVE)
	$(PY) tools/record_programs.py

setup: $(INSTALLED) $(KERNEL_SPEC) $(BYTECODE) $(NATIVE) $(PROGRAMS)

# --- tables ------------------------------------------------------------------------------
$(TABLES): $(REPORT) $(PACKAGE) $(INSTALLED) | $(BYTECODE) $(NATIVE) $(PROGRAMS)
	$(PY) -m govreport tables $(REPORT) -o $(PROCESSED)
	touch $@

tables: $(TABLES)

# --- notebooks, executed with papermill (two at a time, one kernel each), each replaced on success ---
# The stamp records that the notebooks' outputs are current. When only notebooks changed, only
# they re-run; when the report or the package changed, all of them do. Notebooks read the report
# and build its tables themselves (present.notebook.open_report): they need no data/processed.
EXECUTED := build/notebooks.executed
$(EXECUTED): $(NOTEBOOKS) $(REPORT) $(PACKAGE) $(KERNEL_SPEC) | $(NATIVE)
	$(PY) -m govreport.present.render run -k $(KERNEL) --jobs 2 \
	    --execution-timeout $(EXECUTION_TIMEOUT) --start-timeout $(START_TIMEOUT) \
	    $(if $(filter-out $(NOTEBOOKS),$?),$(NOTEBOOKS),$(filter $(NOTEBOOKS),$?))
	@mkdir -p $(@D) && touch $@

notebooks: $(EXECUTED)

# --- HTML briefings: one page per notebook plus reports/index.html, code hidden, offline ---------
$(PAGES) reports/index.html &: $(EXECUTED) $(RENDERER)
	$(PY) -m govreport.present.render site $(NOTEBOOKS) -o reports --report $(REPORT)

html: $(PAGES) reports/index.html

# --- the three uses (issue 13): JupyterLab, papermill on any report, an HTML briefing --------
# `make lab`: JupyterLab from .venv on notebooks/; every notebook names the govreport kernel in
# its metadata, and it is also the default for a new notebook. LAB_ARGS passes more options
# (e.g. LAB_ARGS=--no-browser); as root (a container) it needs --allow-root, added here.
lab: setup
	$(VENV)/bin/jupyter-lab --ServerApp.root_dir=notebooks \
	    --MappingKernelManager.default_kernel_name=$(KERNEL) \
	    $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

# `make brief REPORT=path [LANG=en]`: every notebook run on REPORT into briefings/<name>_<lang>/,
# and the site rendered there (index.html, one page per notebook, assumptions). LANG is also the
# shell's locale variable, so only zh, en or bi count here; the recipe runs with a UTF-8 locale.
BRIEF_LANG = $(or $(filter zh en bi,$(LANG)),zh)
BRIEF_DIR ?= briefings/$(basename $(notdir $(REPORT)))_$(BRIEF_LANG)
brief: setup
	LANG=C.UTF-8 $(PY) -m govreport brief $(REPORT) -o $(BRIEF_DIR) --lang $(BRIEF_LANG)

# --- tests ---------------------------------------------------------------------------------
# The browser test (tests/test_browser.py) opens a briefing in headless Chromium. Installed once
# (the stamp) with Debian's apt where this runs as root; elsewhere the test says why it skips.
BROWSER_STAMP := $(VENV)/.browser
$(BROWSER_STAMP): | $(PY)
	@if command -v chromium >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium and fonts-noto-cjk (a Chinese font for the pages' text) with apt-get for the browser test"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null 2>&1 || \
	    { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null 2>&1; } || \
	    echo "could not install chromium with apt-get: the browser test will be skipped"; \
	else echo "chromium is not installed and apt-get needs root: the browser test will be skipped" \
	    "(install it with: apt-get install chromium fonts-noto-cjk)"; fi
	@touch $@

browser: $(BROWSER_STAMP)

# Depends on the set-up only: nbval re-executes the committed notebooks and compares outputs.
# Two workers (pytest-xdist), a test file or a notebook whole in one of them: the suite's
# subprocesses and kernels wait on each other less, and a file's module-level caches stay shared.
# PYTHONDONTWRITEBYTECODE emptied: pytest then keeps its assertion-rewritten test modules in
# tests/__pycache__, and a second run skips rewriting ~280 modules in each worker (about 3 s each).
test: setup browser
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest tests notebooks -q -n 2 --dist loadfile \
	    --nbval --nbval-kernel-name $(KERNEL) --nbval-sanitize-with tests/nbval_sanitize.cfg \
	    --nbval-cell-timeout $(EXECUTION_TIMEOUT) --nbval-kernel-startup-timeout $(START_TIMEOUT)

# `make test-thorough`: the unit tests with 1,000 examples per property test (hypothesis) instead of
# make test's 100 (tests/conftest.py), for a deeper search before a release; not part of `make test`.
test-thorough: setup
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest tests -q -n 2 --dist loadfile --hypothesis-profile thorough

# --- benchmarks (issue 5): `make bench`, after `make`; never part of `make` or `make test` ------
# jionlp (the peer extractor) is a benchmark-only dependency, pinned in requirements-bench.txt.
# The pipeline benchmark runs make itself, in a scratch copy of the tree (this tree is not written).
BENCH_INSTALLED := $(VENV)/.bench-installed

$(BENCH_INSTALLED): requirements-bench.txt $(INSTALLED)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	touch $@

.PHONY: bench
bench: $(BENCH_INSTALLED) $(KERNEL_SPEC) $(BYTECODE) $(NATIVE) $(PROGRAMS)
	$(PY) -u benchmarks/bench_extract.py
	$(PY) -u benchmarks/bench_pipeline.py
	$(PY) -u benchmarks/bench_large.py

# The whole package type-checked (the compiled modules are also checked by tests/test_native.py).
.PHONY: typecheck
typecheck: $(INSTALLED)
	$(PY) -m mypy --ignore-missing-imports src/govreport

clean:
	rm -rf build $(PROCESSED)
