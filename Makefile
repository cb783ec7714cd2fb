# lkj — see README.md. `make run` and `make test` are the two set-up commands.
GO      ?= go
BIN     := bin/lkj
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
PKGS    := ./...
FUZZTIME ?= 60s
SOAKTIME ?= 10m
DATA    := data/sample

.PHONY: build run test bench lint fuzz soak clean screenshot

build: ## compile the single lkj binary
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/lkj

# The main job on the embedded default data: generate the synthetic NTT
# corpus if missing, ingest, build, test, print the ranking, write Parquet.
run: build
	@test -d $(DATA) || ./$(BIN) sample --scope ntt --years 2020-2024 --seed 1 --out $(DATA)
	./$(BIN) run $(DATA) --out out

# Builds once (go test compiles each package once), vets, runs everything.
test: lint
	$(GO) test -count=1 -timeout 9m $(PKGS)

# The national ingest benchmark takes a minute an iteration: once is enough.
bench:
	$(GO) test -run '^$$' -bench . -skip '^BenchmarkIngestNational$$' -benchtime 3x -timeout 20m $(PKGS)
	$(GO) test -run '^$$' -bench '^BenchmarkIngestNational$$' -benchtime 1x -timeout 10m ./etl/ingest

lint:
	@out="$$(gofmt -l cmd etl sql schemas reports)"; if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

# Each fuzz target for FUZZTIME (go test allows one -fuzz target per run).
fuzz:
	@for pkg in $$(grep -rlE '^func Fuzz' --include='*_test.go' etl | xargs -n1 dirname | sort -u); do \
	  for t in $$(grep -hoE '^func Fuzz[A-Za-z0-9_]+' $$pkg/*_test.go | sed 's/func //'); do \
	    echo "== $$t ($$pkg, $(FUZZTIME))"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) ./$$pkg || exit 1; \
	  done; \
	done

# Long forms of the reliability suite (mutations, kills).
soak:
	LKJ_SOAK=1 LKJ_SOAK_TIME=$(SOAKTIME) $(GO) test -count=1 -timeout 60m -run 'Soak|Mutation|Kill' ./etl/... ./cmd/...

# Render the peringkat report as HTML and take a headless-Chromium screenshot
# (Debian: apt-get install chromium), to see the charts as a planner would.
screenshot: build
	@test -f lkj.duckdb || $(MAKE) run
	./$(BIN) report peringkat --format html --out out/peringkat.html
	sh reports/screenshot.sh out/peringkat.html out/peringkat.png

clean:
	rm -rf bin out data lkj.duckdb lkj.duckdb.wal
