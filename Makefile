# ActorGraph — the two commands are `make demo` and `make test` (README).
# Each installs what is missing: Debian packages when pkg-config lacks libgvc,
# and a Python virtualenv under .venv for the interoperability tests.

SWIFT      ?= swift
# Release builds link the Swift runtime and Foundation statically: a command
# starts in about half the time (no dynamic symbol lookup of Foundation and
# ICU), which is most of what a small render or extraction costs.
RELEASE_FLAGS ?= -c release --static-swift-stdlib
# Python for the test virtualenv: 3.12 where the machine has it (FalkorDB's
# embedded server needs ≥ 3.12), else the system python3.
PYTHON     ?= $(firstword $(wildcard /usr/bin/python3.12 /usr/local/bin/python3.12 /root/.pyenv/versions/3.12*/bin/python3.12) python3)
VENV       := .venv
BIN        := .build/debug/actorgraph
RELEASE    := .build/release/actorgraph
MALI       := graphs/mali-2022
STORE      := graphs/actorgraph.sqlite
# The shared corpus beside the checkout (../shared), or beside a worktree of it (../../shared).
CORPUS     ?= $(firstword $(wildcard ../shared/corpus ../../shared/corpus) ../shared/corpus)

.PHONY: all deps venv build release demo test bench bench-extraction eval fuzz sanitize clean

all: build

## deps: Graphviz, fonts, SQLite headers and Chromium (the report test) from Debian when missing.
deps:
	@if ! pkg-config --exists libgvc || ! pkg-config --exists sqlite3 || ! command -v dot >/dev/null \
	    || ! fc-list 2>/dev/null | grep -qi dejavu || ! command -v chromium >/dev/null; then \
	  echo "installing libgraphviz-dev, graphviz, fonts-dejavu-core, libsqlite3-dev, chromium"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    libgraphviz-dev graphviz fonts-dejavu-core libsqlite3-dev pkg-config chromium >/dev/null; \
	fi

## venv: the Python virtualenv for differential and interoperability tests.
venv: $(VENV)/.installed
$(VENV)/.installed: $(wildcard Tests/Python/requirements*.txt)
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	@$(VENV)/bin/pip install -q --disable-pip-version-check $(foreach f,$(wildcard Tests/Python/requirements*.txt),-r $(f))
	@touch $@

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

## demo: the main job on the Mali graph: build, render PNG and SVG, top actors, alliances.
demo: build
	$(BIN) build $(MALI)/facts.yaml --graph $(STORE)
	$(BIN) render --graph $(STORE) --clusters alliances --size-by pagerank -o $(MALI)/graph.svg
	$(BIN) render --graph $(STORE) --clusters alliances --size-by pagerank -o $(MALI)/graph.png
	$(BIN) render --graph $(STORE) --clusters alliances --size-by pagerank --no-statements -o $(MALI)/graph-actors.png
	@echo "rendered $(MALI)/graph.svg and $(MALI)/graph.png"
	$(BIN) top --graph $(STORE) -n 10
	$(BIN) top --graph $(STORE) -n 5 --by pagerank
	$(BIN) alliances --graph $(STORE)

## test: every test (Swift unit, CLI, differential and interoperability tests).
test: deps venv
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## bench-extraction: extraction throughput (MB/s, one core) next to spaCy's en_core_web_sm.
bench-extraction: release
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	@$(VENV)/bin/pip install -q --disable-pip-version-check -r Benchmarks/requirements-extraction.txt
	$(VENV)/bin/python Benchmarks/extraction_bench.py --corpus $(CORPUS) --bin $(RELEASE) --score

## eval: extract every article of a corpus folder and score it (CORPUS=folder, default ../shared/corpus).
eval:
	scripts/eval.sh $(CORPUS)

## bench: ours against the peers on the same inputs, release build; writes BENCHMARKS.md.
bench: deps venv
	$(SWIFT) build $(RELEASE_FLAGS)
	@$(VENV)/bin/pip install -q --disable-pip-version-check $(foreach f,$(wildcard Benchmarks/requirements*.txt),-r $(f))
	@for script in $(sort $(wildcard Benchmarks/*_bench.py Benchmarks/run_*_bench.py)); do \
	  echo "== $$script"; $(VENV)/bin/python $$script || exit 1; done
	@for script in $(wildcard Benchmarks/*_bench.sh); do echo "== $$script"; bash $$script || exit 1; done

## fuzz: each libFuzzer target for FUZZ_SECONDS (default 60); Fuzz/README.md.
FUZZ_SECONDS ?= 60
fuzz: deps
	SWIFT=$(SWIFT) FUZZ_SECONDS=$(FUZZ_SECONDS) bash Fuzz/run.sh

## sanitize: the whole test suite under AddressSanitizer, then ThreadSanitizer (docs/reliability.md);
## one of them: make sanitize SANITIZER=address, make sanitize SANITIZER=thread.
SANITIZER ?=
sanitize: deps venv
	SWIFT=$(SWIFT) bash scripts/sanitize.sh $(SANITIZER)

clean:
	rm -rf .build $(VENV) $(STORE) $(STORE)-wal $(STORE)-shm
