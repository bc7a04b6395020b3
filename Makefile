# One task runner, used unchanged by CI (.ci/run calls `make check`, then `make test`).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out

.PHONY: install demo test check lint typecheck imports bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --no-binary pdqhash -e '.[dev]'  # pdqhash built against this numpy
	touch $@

# The main job on the bundled sample corpus: prints a summary, writes out/report.html.
demo: install
	@mkdir -p $(OUT)
	rm -f $(OUT)/demo.db $(OUT)/demo.db-wal $(OUT)/demo.db-shm
	$(BIN)/himaya hashlist import samples/watchlist.txt --name demo-watchlist --db $(OUT)/demo.db
	$(BIN)/himaya run samples/corpus --db $(OUT)/demo.db --report $(OUT)/report.html
	$(BIN)/himaya export records --db $(OUT)/demo.db --out $(OUT)/records.jsonl
	$(BIN)/himaya evaluate --db $(OUT)/demo.db --truth samples/truth.jsonl

# The whole test suite, on both cores. `$(BIN)/python -m pytest -m "not slow"` skips the end-to-end runs.
test: install
	$(BIN)/python -m pytest -q -n 2

# Everything but the tests: lint, format, types and the import contracts (pyproject.toml [tool.importlinter]).
check: lint typecheck imports

lint: install
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools

typecheck: install
	$(BIN)/mypy

imports: install
	$(BIN)/lint-imports --no-cache

bench: install
	$(BIN)/python bench/bench_pipeline.py --records 100000

clean:
	rm -rf $(OUT) build dist .pytest_cache .mypy_cache .ruff_cache .import_linter_cache .grimp_cache
