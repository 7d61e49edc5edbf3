# Claimdesk. Every go command builds with sqlite_fts5: full-text search over
# claims needs SQLite's FTS5, which go-sqlite3 compiles in only with that tag.
GO    ?= go
TAGS  := sqlite_fts5
DB    ?= claimdesk.db
ADDR  ?= 127.0.0.1:8080

.PHONY: run passwd test generate check-generate bench bench-corpus bench-web build fuzz gold

## run: serve the workbench on $(ADDR), seeds loaded into $(DB) on first start.
## It builds bin/claimdesk first and says so: the first build compiles SQLite
## from C (about a minute of silence otherwise); later builds take seconds.
run:
	@echo "Building bin/claimdesk (the first build compiles SQLite from C: a minute or two)..."
	$(GO) build -tags $(TAGS) -o bin/claimdesk ./cmd/claimdesk
	bin/claimdesk serve --db $(DB) --addr $(ADDR)

## passwd: set a new password for admin (or NAME=someone) in $(DB)
NAME ?= admin
passwd: build
	bin/claimdesk user passwd --db $(DB) $(NAME)

## test: gofmt, vet and run every test
test:
	@unformatted=$$(gofmt -l claims store web cmd seeds); \
	  if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet -tags $(TAGS) ./...
	$(GO) test -tags $(TAGS) ./...

## generate: regenerate the templ views (*_templ.go, committed)
generate:
	$(GO) tool templ generate

## check-generate: fail when committed *_templ.go are not what templ generates
check-generate: generate
	git diff --exit-code -- '*_templ.go'

## bench: the speed and memory benchmarks
bench:
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem ./claims/ ./store/ ./cmd/...

## bench-corpus: build (once; minutes) and cache the corpus of 100,000
## generated articles the scale benchmarks read, under $TMPDIR or /tmp
bench-corpus:
	$(GO) test -tags $(TAGS) -run '^$$' -bench 'BenchmarkAddArticle/stored=100000$$' -benchtime 1x -timeout 2h ./store/

## bench-web: the reviewers' pages over HTTP with wrk at 100,000 articles,
## /healthz in the same run (DURATION seconds a page; CORPUS=file for
## another database); BenchmarkPagesAtScale profiles one page in Go:
##   CLAIMDESK_BENCH_DB=file go test -tags sqlite_fts5 -run '^$$' -bench PagesAtScale -cpuprofile cpu.out ./web/
DURATION ?= 10
bench-web: build
	DURATION=$(DURATION) scripts/bench-web.sh $(CORPUS)

## build: the claimdesk binary
build:
	$(GO) build -tags $(TAGS) -o bin/claimdesk ./cmd/claimdesk

## fuzz: two minutes on each fuzz target of the engine (crashers land in
## claims/testdata/fuzz/ and become regression cases: commit them)
FUZZ_TARGETS := FuzzParseInput FuzzProcess FuzzClean FuzzClassifyLine FuzzFindQuantities FuzzFindEntities FuzzMatchFacets FuzzNumberGrammar
fuzz:
	for t in $(FUZZ_TARGETS); do \
	  $(GO) test -tags $(TAGS) -run '^$$' -fuzz "^$$t$$" -fuzztime 2m ./claims/ || exit 1; \
	done

## gold: score the reports against the reviewers' expectations: the shared
## seeds (which must pass), then every set beside a NAME.gold.json in the
## engine's own unseen sets (claims/testdata/unseen, written blind and
## developed against) and the held-out sets nobody tunes to (claims/testdata/
## holdout), whose scores are reported without failing: none is at its
## target yet, and every set is scored even when one falls short. A new set
## is scored as soon as its directory and gold file land.
## The held-out sets print their totals only: whoever reads what failed
## there starts tuning to it, and they measure nothing after that.
DEV_SETS     = $(patsubst %.gold.json,%,$(wildcard claims/testdata/unseen/*.gold.json))
HOLDOUT_SETS = $(patsubst %.gold.json,%,$(wildcard claims/testdata/holdout/*.gold.json))
gold:
	../shared/tools/goldcheck
	-@for set in $(DEV_SETS); do \
	  echo "../shared/tools/goldcheck --seeds $$set --gold $$set.gold.json"; \
	  ../shared/tools/goldcheck --seeds $$set --gold $$set.gold.json; \
	done
	-@for set in $(HOLDOUT_SETS); do \
	  echo "held out: $$set"; \
	  ../shared/tools/goldcheck --seeds $$set --gold $$set.gold.json 2>&1 | grep -E '^(reports|gold):'; \
	done
