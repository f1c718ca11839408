# Litmus: the two commands are `make notes` (the main job) and `make test`.
SWIFT ?= swift
LITMUS = .build/debug/litmus

.PHONY: notes test deps deps-browser lint build

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

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

# The whole test suite: formatting, then every unit, end-to-end and
# real-browser test (Chromium is installed when missing).
test: deps-browser lint
	$(SWIFT) build --build-tests
	$(SWIFT) test
