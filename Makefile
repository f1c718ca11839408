# Litmus: the two commands are `make notes` (the main job) and `make test`.
SWIFT ?= swift
LITMUS = .build/debug/litmus

.PHONY: notes test deps deps-browser lint build install leak-check

deps:
	@scripts/install-deps.sh

deps-browser:
	@scripts/install-deps.sh --browser

build: deps
	$(SWIFT) build --product litmus

# The main job: check every note, then regenerate Output/. Pages are written
# even when a check fails (the failures show on them); the exit status is the
# check's. (A debug build: the notes take milliseconds either way, and a
# release build of swift-syntax takes ten minutes.)
notes: build
	@$(LITMUS) check Notes; checked=$$?; \
	$(LITMUS) build Notes --output Output >/dev/null 2>/tmp/litmus-build.err; built=$$?; \
	if [ $$built -eq 2 ]; then cat /tmp/litmus-build.err >&2; exit 2; fi; \
	echo "Output/ regenerated"; exit $$checked

# Installs `litmus` under PREFIX (default /usr/local), with the library
# sources that `litmus check --compile` compiles examples against.
PREFIX ?= /usr/local
install: build
	install -d $(PREFIX)/bin $(PREFIX)/share/litmus
	install -m 755 $(LITMUS) $(PREFIX)/bin/litmus
	rm -rf $(PREFIX)/share/litmus/LitmusMath $(PREFIX)/share/litmus/LitmusPlot
	cp -R Sources/LitmusMath Sources/LitmusPlot $(PREFIX)/share/litmus/

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

# The whole test suite: formatting, then every unit, end-to-end and
# real-browser test (Chromium is installed when missing).
test: deps-browser lint
	$(SWIFT) build --build-tests
	$(SWIFT) test

# --- Benchmarks (issue 8) ---------------------------------------------------------------
# The batched softmax cross-entropy kernels against numpy and PyTorch, with the same-run copy
# bandwidth as the physical limit. Two release builds of the benchmark: the default target
# (baseline x86-64) and `-target-cpu haswell` (AVX2 + FMA; Swift's clang rejects x86-64-v3), passed on the command line rather
# than as unsafeFlags in Package.swift so LitmusMath stays usable as a package dependency.
BENCH_BUILD = $(SWIFT) build -c release --product LitmusBenchmarks
ifeq ($(shell uname -m),x86_64)
BENCH_V3 = $(BENCH_BUILD) --scratch-path .build-bench-v3 -Xswiftc -target-cpu -Xswiftc haswell -Xswiftc -DLITMUS_FMA
else
BENCH_V3 = @true
endif

.PHONY: bench bench-quick bench-build bench-litmus

bench-build:
	$(BENCH_BUILD) --scratch-path .build-bench
	$(BENCH_V3)

# A release `litmus` for the end-to-end timings (swift-syntax in release: ~10 minutes once).
bench-litmus:
	$(SWIFT) build -c release --product litmus

# Everything: all shapes, Float and Double, both builds, numpy and torch peers, the plot, and
# the end-to-end timings of `litmus check` against pytest --doctest-glob.
bench: bench-build bench-litmus
	python3 Benchmarks/run.py --json Benchmarks/results/latest.json
	python3 Benchmarks/plot.py Benchmarks/results/latest.json Benchmarks/results/throughput.png
	python3 Benchmarks/end_to_end.py --litmus .build/release/litmus

# Under a minute: the headline case only (float32 1024x32000) against numpy and torch.
bench-quick: bench-build
	python3 Benchmarks/run.py --quick

# Reliability (issue 9). `make fuzz` builds the libFuzzer harnesses in Fuzz/Harnesses and
# runs each for FUZZ_SECONDS (findings go to Fuzz/Findings/). `make sanitize` runs the
# test suite under AddressSanitizer and ThreadSanitizer, each in its own scratch path
# (the first run of each builds swift-syntax again: expect many minutes).
FUZZ_SECONDS ?= 300
FUZZ_TARGETS ?= tex mathscan stated markdown eval

.PHONY: fuzz sanitize sanitize-address sanitize-thread hostile

fuzz: deps
	Fuzz/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

sanitize: sanitize-address sanitize-thread

# LeakSanitizer runs too; Tests/lsan-suppressions.txt lists the leaks inside the
# toolchain's own libraries (XCTest, Foundation.Process) that Litmus cannot free.
sanitize-address: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt:print_suppressions=0 \
	  $(SWIFT) test --sanitize=address --scratch-path .build-asan --skip BrowserTests

sanitize-thread: deps
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan --skip BrowserTests

# The hostile-note, kill-safety, sandbox and file-system suites alone.
hostile: build
	$(SWIFT) test --filter LitmusReliabilityTests

# LeakSanitizer over the C boundary: an AddressSanitizer build of litmus
# renders every note and the check fixtures (one does not parse: its error path
# is checked too); any sanitizer report fails.
leak-check: deps
	$(SWIFT) build --product litmus --sanitize=address --scratch-path .build-asan
	@for note in Notes/*.md Tests/LitmusTests/Fixtures/check/*.md; do \
	  ASAN_OPTIONS=detect_leaks=1 .build-asan/debug/litmus render --unsafe-html "$$note" >/dev/null \
	    2>/tmp/litmus-lsan.log; \
	  if grep -q "Sanitizer" /tmp/litmus-lsan.log; then echo "leak-check: $$note"; cat /tmp/litmus-lsan.log; exit 1; fi; \
	done; echo "leak-check: no leaks"
