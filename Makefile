# Set-up is part of every target: a fresh clone needs only `make demo` or `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -eo pipefail -c
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DIPLO := $(VENV)/bin/diplo
STAMP := $(VENV)/.installed-stamp
# pip's notes about absent local package mirrors are noise; real errors still fail the build.
QUIET := grep -v -e "is ignored: it is neither a file nor a directory" || true

.PHONY: install demo test check bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	@# torch first, pinned to the CPU build: unpinned, camel-tools would pull a multi-GB CUDA build
	$(PY) -m pip install --quiet "torch==2.13.0" 2>&1 | $(QUIET)
	$(PY) -m pip install --quiet -e ".[test]" 2>&1 | $(QUIET)
	$(PY) -c "import diplo, camel_tools, typer, rich, pytest"
	touch $@

install: $(STAMP)

demo: install
	$(DIPLO) extract samples/ --format table
	$(DIPLO) extract samples/arab48_biden_putin.txt --format jsonl | head -n 3

test: install
	$(PY) -m pytest -q
	$(DIPLO) check samples/

check: install
	$(DIPLO) check samples/

bench: install
	$(PY) -m tests.bench

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info
