# amili-sdk: every target works on a fresh clone; `make install` is the only one that touches the network.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
REDOCLY_VERSION := 2.77.0
REDOCLY := .tools/node_modules/.bin/redocly
SPECS := $(wildcard specs/*.yaml)

.PHONY: install generate check-generated lint-specs lint test check clean bench

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	touch $@

$(REDOCLY):
	mkdir -p .tools
	npm install --silent --no-audit --no-fund --prefix .tools @redocly/cli@$(REDOCLY_VERSION)

generate: install
	$(PY) codegen/generate.py

check-generated: install
	@rm -rf .tools/check-generated && mkdir -p .tools/check-generated
	@$(PY) codegen/generate.py --out .tools/check-generated/generated --api-out .tools/check-generated/_api >/dev/null
	@diff -ruN -x __pycache__ generated .tools/check-generated/generated \
		&& diff -ruN -x __pycache__ src/amili/_api .tools/check-generated/_api \
		&& echo "check-generated: generated/ matches specs/ and codegen/" \
		|| (echo "check-generated: generated/ is stale; run 'make generate' and commit" >&2; exit 1)

lint-specs: install $(REDOCLY)
	$(PY) -m openapi_spec_validator $(SPECS)
	$(REDOCLY) lint --config redocly.yaml $(SPECS)

lint: install
	$(BIN)/ruff check src tests codegen
	$(BIN)/ruff format --check src tests codegen
	$(BIN)/mypy --strict

test: install
	$(PY) -m pytest

# Prints the table and writes bench/results.json (< 10 min; `$(PY) bench/run.py --quick` for a smoke run).
bench: install
	$(PY) bench/run.py

check: check-generated lint-specs lint test

clean:
	rm -rf $(VENV) .tools .mypy_cache .ruff_cache .pytest_cache
