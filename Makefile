# govreport: two commands do everything on a fresh machine.
#   make        set up .venv (pinned requirements, the package editable, one Jupyter kernel),
#               build the tables, execute every notebook in place with papermill, render the
#               HTML briefings into reports/ (with reports/index.html linking them)
#   make test   unit tests plus nbval in strict mode (committed outputs must match a fresh run)
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
RENDERER := src/govreport/render.py $(wildcard src/govreport/templates/offline/*) $(wildcard docs/assumptions.md)

# Generous ceilings: a notebook takes seconds; a hung kernel must still fail the build.
EXECUTION_TIMEOUT := 300
START_TIMEOUT := 120

.PHONY: all setup tables notebooks html test clean
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

setup: $(INSTALLED) $(KERNEL_SPEC)

# --- tables ------------------------------------------------------------------------------
$(TABLES): $(REPORT) $(PACKAGE) $(INSTALLED)
	$(PY) -m govreport tables $(REPORT) -o $(PROCESSED)
	touch $@

tables: $(TABLES)

# --- notebooks, executed in place with papermill (two at a time, one kernel each) ------------
# The stamp records that the notebooks' outputs are current. When only notebooks changed, only
# they re-run; when the report or the package changed, all of them do.
EXECUTED := build/notebooks.executed
$(EXECUTED): $(NOTEBOOKS) $(REPORT) $(PACKAGE) $(KERNEL_SPEC) | $(TABLES)
	$(PY) -m govreport.render run -k $(KERNEL) --jobs 2 \
	    --execution-timeout $(EXECUTION_TIMEOUT) --start-timeout $(START_TIMEOUT) \
	    $(if $(filter-out $(NOTEBOOKS),$?),$(NOTEBOOKS),$(filter $(NOTEBOOKS),$?))
	@mkdir -p $(@D) && touch $@

notebooks: $(EXECUTED)

# --- HTML briefings: one page per notebook plus reports/index.html, code hidden, offline ---------
$(PAGES) reports/index.html &: $(EXECUTED) $(RENDERER)
	$(PY) -m govreport.render site $(NOTEBOOKS) -o reports

html: $(PAGES) reports/index.html

# --- tests ---------------------------------------------------------------------------------
# Depends on the set-up only: nbval re-executes the committed notebooks and compares outputs.
test: setup
	$(PY) -m pytest tests notebooks -q \
	    --nbval --nbval-kernel-name $(KERNEL) --nbval-sanitize-with tests/nbval_sanitize.cfg \
	    --nbval-cell-timeout $(EXECUTION_TIMEOUT) --nbval-kernel-startup-timeout $(START_TIMEOUT)

# --- benchmarks (issue 5): `make bench`, after `make`; never part of `make` or `make test` ------
# jionlp (the peer extractor) is a benchmark-only dependency, pinned in requirements-bench.txt.
# The pipeline benchmark runs make itself, in a scratch copy of the tree (this tree is not written).
BENCH_INSTALLED := $(VENV)/.bench-installed

$(BENCH_INSTALLED): requirements-bench.txt $(INSTALLED)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	touch $@

.PHONY: bench
bench: $(BENCH_INSTALLED) $(KERNEL_SPEC)
	$(PY) -u benchmarks/bench_extract.py
	$(PY) -u benchmarks/bench_pipeline.py
	$(PY) -u benchmarks/bench_large.py

clean:
	rm -rf build $(PROCESSED)
