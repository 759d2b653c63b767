# reportqa — the two commands of the README are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCAL_STAMP := $(VENV)/.installed-local

.PHONY: install run test clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# The CPU build of torch first: a bare `torch` requirement pulls gigabytes of CUDA.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

# The local language model's runtime (xllamacpp, prebuilt) and Ray (about 30 s to install) for the tests
# that run them; `make install` stays without them.
$(LOCAL_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,local,ray]"
	touch $@

install: $(STAMP)
	# Fetch and sha256-verify the embedding model into ~/.cache/reportqa (skipped when cached).
	$(BIN)/reportqa models embeddinggemma-300m

run: install
	$(BIN)/reportqa serve --host 127.0.0.1 --port 8000

test: install $(LOCAL_STAMP)
	# The local model (Qwen2.5-Coder-1.5B GGUF, 1.1 GB, sha256-verified; skipped when cached) for its real-model tests.
	$(BIN)/reportqa models qwen2.5-coder-1.5b
	# ruff (lint and format) and mypy over the package, then every test.
	BIN=$(BIN) bash scripts/check
	bash scripts/ensure-chromium
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .reportqa
