# Every target bootstraps .venv on a fresh machine: `make generate` and `make test` are all a newcomer needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SPEC ?=
OUT ?=
TEMPLATES ?=
GEN_ARGS := $(if $(SPEC),--spec $(SPEC)) $(if $(OUT),--out $(OUT)) $(if $(TEMPLATES),--templates $(TEMPLATES))
PYTEST_ARGS ?=
ALL ?=
CORPUS_ARGS ?=

MOCK_DIR := tests/mock
MOCK_PORT ?= 4010
# npm ci writes node_modules/.package-lock.json; Prism is reinstalled when the lock file changes.
MOCK_STAMP := $(MOCK_DIR)/node_modules/.package-lock.json

TYPECHECK_DIR := tests/typecheck
# pyright, the second type checker (tests/typecheck and make lint), pinned like Prism and installed the same way.
TYPECHECK_STAMP := $(TYPECHECK_DIR)/node_modules/.package-lock.json
PYRIGHT := $(TYPECHECK_DIR)/node_modules/.bin/pyright

TS_DIR := tests/typescript
# The TypeScript compiler (tests/typescript: tsc on every TypeScript output), pinned like Prism and installed the same way.
TS_STAMP := $(TS_DIR)/node_modules/.package-lock.json

.PHONY: install generate check test test-long lint bench corpus mock clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed  ## create .venv with the generator and its dev tools

generate: install  ## regenerate generated/ from openapi.json (SPEC=, OUT=, TEMPLATES= override)
	$(PY) -m generator generate --target all $(GEN_ARGS)

check: install  ## fail with a diff when generated/ is not what the spec and templates give
	$(PY) -m generator generate --target all --check $(GEN_ARGS)

test: install  ## the whole test suite (UPDATE_GOLDEN=1 rewrites the golden files)
	$(PY) -m pytest $(PYTEST_ARGS)

test-long: install  ## the property, schema and unit tests with many more hypothesis examples
	HYPOTHESIS_PROFILE=long $(PY) -m pytest tests/property tests/schemas tests/unit $(PYTEST_ARGS)

lint: install $(TYPECHECK_STAMP) $(TS_STAMP)  ## black --check, mypy --strict on generator/ and generated/, pyright on generated/, tsc --strict on generated/typescript (the typing tests' programs run in make test)
	$(PY) -m black --check --quiet generator tests bench generated
	$(PY) -m mypy --strict generator
	cd generated && ../$(PY) -m mypy --strict --config-file /dev/null framelane
	$(PYRIGHT) --pythonpath $(PY) --project $(TYPECHECK_DIR)/pyrightconfig.json
	$(TS_DIR)/node_modules/.bin/tsc -p generated/typescript/tsconfig.json --noEmit

bench: install  ## benchmarks against peers (see bench/README.md)
	$(PY) bench/run.py $(BENCH_ARGS)

corpus: install  ## real-world specs (tests/corpus/README.md): the sample with mypy, the wire pass and the TypeScript step (tsc --strict); ALL=1 the whole directory; CORPUS_ARGS= more flags
	$(PY) tests/corpus/run.py $(if $(ALL),--all) $(CORPUS_ARGS)

clean:  ## remove the virtualenv and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .hypothesis

$(MOCK_STAMP): $(MOCK_DIR)/package.json $(MOCK_DIR)/package-lock.json
	cd $(MOCK_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

test: $(MOCK_STAMP)  # the contract tests run against Prism (tests/mock), installed on first use

$(TYPECHECK_STAMP): $(TYPECHECK_DIR)/package.json $(TYPECHECK_DIR)/package-lock.json
	cd $(TYPECHECK_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

test: $(TYPECHECK_STAMP)  # tests/typecheck runs pyright, installed on first use

$(TS_STAMP): $(TS_DIR)/package.json $(TS_DIR)/package-lock.json
	cd $(TS_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

test: $(TS_STAMP)  # tests/typescript runs tsc 7 and node --test, installed on first use

mock: install $(MOCK_STAMP)  ## Prism serving openapi.json on http://127.0.0.1:$(MOCK_PORT) (validates requests; any API key works)
	$(PY) $(MOCK_DIR)/prism_mock.py --port $(MOCK_PORT)
