# Undersigned — entry points. `make run` starts the app, `make test` checks everything.
# Both install what they need on Debian 12 / Ubuntu 24.04 (as root or with sudo);
# Rust and Node.js are the only prerequisites.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# Builds live outside the clone so fresh clones (and CI) reuse them.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/undersigned/target
# Tools that `cargo install` adds (tauri-driver, cargo-nextest) must be found
# even where the shell's PATH lacks cargo's bin folder.
export PATH := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)

# The Noto fonts give the window real glyphs for names in every script
# (Arabic, Chinese, Devanagari, Thai…) and the PDF export prints with them;
# a fresh machine has only Latin ones. The .deb depends on the same fonts.
# poppler-utils reads exported PDFs back in the tests (pdftotext, pdffonts). perl and
# make build the OpenSSL that SQLCipher (encryption at rest) is compiled with.
RUN_PACKAGES  := build-essential perl pkg-config file libwebkit2gtk-4.1-dev libxdo-dev libssl-dev \
                 libayatana-appindicator3-dev librsvg2-dev fonts-noto-core fonts-noto-cjk \
                 fonts-noto-color-emoji
TEST_PACKAGES := webkit2gtk-driver xvfb xauth dbus-bin dbus-daemon iproute2 util-linux minisign \
                 poppler-utils

APP_BIN := $(CARGO_TARGET_DIR)/debug/undersigned
CLI_BIN := $(CARGO_TARGET_DIR)/debug/undersigned-cli
# Serves the real commands to the UI's tests (src-tauri/examples/test_host.rs).
TEST_HOST := $(CARGO_TARGET_DIR)/debug/examples/test_host
UI_DEPS := ui/node_modules/.package-lock.json

.PHONY: help run test dist bench types ui-build deps-run deps-test check-display e2e screenshots fuzz

help:
	@echo "make run    start Undersigned (ARGS='--db PATH' to choose the database file)"
	@echo "make test   formatting, lints, Rust tests, UI checks and tests, type drift, end-to-end tests"
	@echo "make bench  measure the performance budget (release build)"
	@echo "make dist   build an installable .deb"
	@echo "make types  regenerate ui/src/lib/api/bindings.ts from the Rust types"
	@echo "make fuzz   fuzz the text rules, importers and diff (FUZZ_SECONDS each, default 60; nightly)"

check-display:
	@if [[ -z "$${DISPLAY:-}" && -z "$${WAYLAND_DISPLAY:-}" ]]; then \
	  echo "make run: no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2; \
	  echo "Run it from a desktop session, or under a virtual display: xvfb-run make run" >&2; \
	  exit 1; \
	fi

deps-run:
	@scripts/check-tools.sh
	@scripts/ensure-packages.sh $(RUN_PACKAGES)

deps-test: deps-run
	@scripts/ensure-packages.sh $(TEST_PACKAGES)
	@cargo nextest --version >/dev/null 2>&1 || cargo install cargo-nextest --locked
	@command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --version '^2'

$(UI_DEPS): ui/package.json ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund

ui-build: $(UI_DEPS)
	cd ui && npm run --silent build -- --logLevel warn

run: check-display deps-run ui-build
	cargo run --locked -p undersigned-app -- $(ARGS)

# The full check builds the workspace's own crates once, from a clean clone
# in CI: the incremental cache it would write is never read again there, and
# writing it slows every build of the workspace's crates.
test: export CARGO_INCREMENTAL := 0
test: deps-test ui-build
	@echo "== formatting"
	cargo fmt --all --check
	@echo "== lints"
	cargo clippy --workspace --all-targets --locked -- -D warnings
	@echo "== Rust tests"
	cargo nextest run --workspace --locked --no-fail-fast
	cargo test --workspace --doc --locked
	@echo "== generated TypeScript types match the Rust types"
	cargo nextest run --locked -p undersigned-app -E 'test(typescript_bindings_are_up_to_date)'
	@echo "== UI type check and tests"
	cd ui && npm run --silent check
	cargo build --locked -p undersigned-app --example test_host
	cd ui && UNDERSIGNED_TEST_HOST=$(TEST_HOST) npm test
	@echo "== end-to-end tests"
	$(MAKE) --no-print-directory e2e

e2e: deps-test ui-build
	cargo build --locked -p undersigned-app -p undersigned-cli
	rm -rf e2e/artifacts
	UNDERSIGNED_APP=$(APP_BIN) UNDERSIGNED_CLI=$(CLI_BIN) \
	  scripts/offline.sh dbus-run-session -- xvfb-run -a --server-args="-screen 0 1280x800x24" \
	  node --test --test-reporter=spec --test-concurrency=1 e2e/*.test.mjs

screenshots: deps-test ui-build
	cargo build --locked -p undersigned-app -p undersigned-cli
	UNDERSIGNED_APP=$(APP_BIN) UNDERSIGNED_CLI=$(CLI_BIN) \
	  xvfb-run -a --server-args="-screen 0 1280x800x24" node e2e/screenshots.mjs

types:
	UPDATE_BINDINGS=1 cargo test --locked -p undersigned-app --lib bindings

# Tauri 2 writes the .deb with gzip and has no setting for it; packed again
# with xz, as Debian's own packages are, it is a third smaller.
dist: deps-run ui-build
	ui/node_modules/.bin/tauri build --bundles deb
	@deb=$$(ls -t $(CARGO_TARGET_DIR)/release/bundle/deb/*.deb | head -1); \
	  tmp=$$(mktemp -d); \
	  dpkg-deb -R "$$deb" "$$tmp/root" && \
	  dpkg-deb -Zxz --root-owner-group -b "$$tmp/root" "$$tmp/xz.deb" >/dev/null && \
	  mv "$$tmp/xz.deb" "$$deb"; status=$$?; rm -rf "$$tmp"; \
	  [ $$status -eq 0 ] && ls -1 "$$deb"

# The floors the figures are set beside: sqlite3's .import, LibreOffice's
# DOCX to PDF.
BENCH_PACKAGES := sqlite3 libreoffice-writer-nogui
BENCH_DIR := $(CARGO_TARGET_DIR)/bench

# Not part of `make test`: figures are printed, never asserted.
bench: deps-test dist
	@scripts/ensure-packages.sh $(BENCH_PACKAGES)
	@mkdir -p $(BENCH_DIR)
	BENCH_WINDOW_DB=$(BENCH_DIR)/window.sqlite3 cargo run --locked --release -p undersigned-core --example bench
	UNDERSIGNED_APP=$(CARGO_TARGET_DIR)/release/undersigned UNDERSIGNED_BENCH_DB=$(BENCH_DIR)/window.sqlite3 \
	  dbus-run-session -- xvfb-run -a --server-args="-screen 0 1280x800x24" node e2e/bench-window.mjs
	@deb=$$(ls -t $(CARGO_TARGET_DIR)/release/bundle/deb/*.deb | head -1); \
	  printf '  %-46s %9.1f MB  (%s)\n' ".deb package size" "$$(stat -c %s "$$deb" | awk '{print $$1/1e6}')" "$$(basename "$$deb")"

FUZZ_SECONDS ?= 60
# The sanitizer keeps freed memory (a quarantine of 256 MB, and freed pages
# it does not hand back): after minutes of spreadsheets of a few hundred MB
# each, the process's size passes 2 GB with a third of that live. So the
# spreadsheet target runs with 4 GB for the process; every target fails on
# any single allocation over 1 GB, which is what a file that expands
# enormously would ask for.
FUZZ_ASAN := quarantine_size_mb=64:allocator_release_to_os_interval_ms=500
FUZZ_TARGETS := text_fields markdown_import docx_import word_diff tabular_read spreadsheet_shapes sign_on_intake exporters share_apply

# Not part of `make test`: each target runs for FUZZ_SECONDS; a crash leaves
# its input in fuzz/artifacts/ and fails the run.
fuzz:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	cd fuzz && for target in $(FUZZ_TARGETS); do \
	  echo "== fuzz $$target ($(FUZZ_SECONDS) s)"; \
	  mkdir -p corpus/$$target; \
	  case $$target in spreadsheet_shapes) rss=4096;; *) rss=2048;; esac; \
	  ASAN_OPTIONS=$(FUZZ_ASAN) cargo +nightly fuzz run $$target corpus/$$target -- -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=$$rss -malloc_limit_mb=1024 || exit 1; \
	done
