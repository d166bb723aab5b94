# warta: the two commands of the quick start are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench bench-corpus train-ner clean install

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/warta analyze examples/articles/tribunnews-01.txt --format pretty
	$(BIN)/warta analyze examples/articles/* --format jsonl --quiet > demo-output.jsonl
	@echo "Analysed $$(wc -l < demo-output.jsonl) sample articles (text and HTML, 8 outlets) into demo-output.jsonl"
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/warta ingest examples/articles --db demo.db
	$(BIN)/warta search "banjir bandang" --db demo.db --limit 3 --format table
	$(BIN)/warta stats --db demo.db --format table

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

bench: $(STAMP)
	$(BIN)/python bench/bench_analyze.py --write docs/benchmarks.md
	$(BIN)/python bench/bench_time.py --write docs/benchmarks.md
	$(BIN)/python bench/bench_ner.py --write docs/benchmarks.md
	$(BIN)/python bench/bench_summary.py --write docs/benchmarks.md

# The 100,000-article corpus benchmark takes both cores for about a quarter of an hour.
bench-corpus: $(STAMP)
	$(BIN)/python bench/bench_corpus.py --articles 100000 --write docs/benchmarks.md

# Retrain the packaged NER model (CRF + network) from ../shared/data: installs the
# [train] extra (PyTorch, CPU is enough) and takes about half an hour (the networks are
# first pretrained on unlabelled news, --pretrain 5); then
# checks the new model, including the numpy-vs-PyTorch forward-pass test that
# `make test` skips where PyTorch is absent.
SHARED_NER := ../shared/data/ner
train-ner: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/warta train ner \
		--train $(SHARED_NER)/nergrit/train.txt --train $(SHARED_NER)/idner-news-2k/train.txt \
		--valid $(SHARED_NER)/nergrit/valid.txt --valid $(SHARED_NER)/idner-news-2k/valid.txt \
		--out src/warta/models/ner-id-1.crfsuite --seed 13 --crf-tags bioes --pretrain 5
	$(BIN)/python -m pytest -q tests/test_ner.py tests/test_ner_neural.py

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info demo-output.jsonl demo.db* .pytest_cache .ruff_cache
