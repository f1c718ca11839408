# Litmus: the two commands are `make notes` (the main job) and `make test`.
SWIFT ?= swift
LITMUS = .build/release/litmus

.PHONY: notes test deps deps-browser lint build release

deps:
	@scripts/install-deps.sh

deps-browser:
	@scripts/install-deps.sh --browser

release: deps
	$(SWIFT) build -c release --product litmus

# The main job: check every note, then regenerate Output/ (pages are written
# even when a check fails, so the failure is visible; the exit code says so).
notes: release
	$(LITMUS) check Notes
	$(LITMUS) build Notes --output Output

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

# The whole test suite: formatting, every unit and end-to-end test (the
# real-browser test installs Chromium when it can).
test: deps-browser lint
	$(SWIFT) build --build-tests
	$(SWIFT) test
