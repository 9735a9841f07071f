# amili-sdk: every target works on a fresh clone; `make install` is the only one that touches the network.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
REDOCLY_VERSION := 2.77.0
REDOCLY := .tools/node_modules/.bin/redocly
PYRIGHT_VERSION := 1.1.414
PYRIGHT := .tools/node_modules/.bin/pyright
SPECS := $(wildcard specs/*.yaml)

.PHONY: install generate check-generated lint-specs lint test test-scale conformance check clean vendor demo bench

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,bench,fast]'
	touch $@

$(REDOCLY):
	mkdir -p .tools
	npm install --silent --no-audit --no-fund --prefix .tools @redocly/cli@$(REDOCLY_VERSION)

generate: install
	$(PY) codegen/generate.py

check-generated: install
	@rm -rf .tools/check-generated && mkdir -p .tools/check-generated
	@$(PY) codegen/generate.py --out .tools/check-generated/generated --api-out .tools/check-generated/_api \
		--surface-out .tools/check-generated/surface.json >/dev/null
	@diff -ruN -x __pycache__ generated .tools/check-generated/generated \
		&& diff -ruN -x __pycache__ src/amili/_api .tools/check-generated/_api \
		&& diff -u codegen/surface.json .tools/check-generated/surface.json \
		&& echo "check-generated: generated/ matches specs/ and codegen/" \
		|| (echo "check-generated: generated/ is stale; run 'make generate' and commit" >&2; exit 1)

# pyright (npm, pinned like redocly) for tests/typing: user code type-checks under mypy and pyright, both strict.
$(PYRIGHT):
	mkdir -p .tools
	npm install --silent --no-audit --no-fund --prefix .tools pyright@$(PYRIGHT_VERSION)

lint-specs: install $(REDOCLY)
	$(PY) -m openapi_spec_validator $(SPECS)
	$(REDOCLY) lint --config redocly.yaml $(SPECS)

lint: install $(PYRIGHT)
	$(BIN)/ruff check src tests codegen examples scripts $(wildcard bench)
	$(BIN)/ruff format --check src tests codegen examples scripts $(wildcard bench)
	$(BIN)/mypy --strict
	$(PY) tests/typing/check.py --pyright $(PYRIGHT)

# Several workers even on 2 cores: most long tests wait on servers and child processes. A module's tests stay on one
# worker, in file order (loadscope), and modules are handed out in collection order, where tests/conftest.py puts the
# ones holding a slow test first. TEST_WORKERS=0 runs everything in-process.
TEST_WORKERS ?= 3
test: install
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadscope --no-loadscope-reorder

# issue 20's full size: 100,000 documents over 4 arq workers, one SIGKILLed (make test runs 40,000); CI runs it.
test-scale: install
	AMILI_SCALE_DOCUMENTS=100000 $(PY) -m pytest -q tests/scale/test_queue_service.py

# property-based run (schemathesis) of every operation of every spec against the in-process sandbox (~2-3 min);
# AMILI_CONFORMANCE_EXAMPLES=<n> sets the examples per operation.
conformance: install
	AMILI_CONFORMANCE=1 $(PY) -m pytest -q -s -p no:cacheprovider tests/sandbox/test_sandbox_conformance.py

check: check-generated lint-specs lint test conformance

# `make vendor DEST=path [WITHOUT=sandbox,fastapi]`: copy amili/ and generated amili_*/ into DEST (for sys.path).
vendor:
	@test -n "$(DEST)" || (echo "usage: make vendor DEST=path [WITHOUT=sandbox,fastapi]" >&2; exit 2)
	$(PYTHON) scripts/vendor.py "$(DEST)" --without "$(WITHOUT)"

# `make demo FAULTS=1` injects seeded 503/429/drop/latency/expired-token faults; SEED=n picks another fault sequence.
demo: install
	$(PY) examples/demo.py $(if $(filter 1 yes true,$(FAULTS)),--faults,) $(if $(SEED),--seed $(SEED),)

# Prints the table and writes bench/results.json (< 10 min; `$(PY) bench/run.py --quick` for a smoke run).
bench: install
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .tools .mypy_cache .ruff_cache .pytest_cache
