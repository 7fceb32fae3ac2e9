#!/usr/bin/env bash
# Rust and Node.js are the two things the Makefile cannot install by itself.
set -euo pipefail

if ! command -v cargo >/dev/null; then
  echo "Undersigned needs Rust 1.90 or newer (cargo was not found). Install it with rustup, then run make again." >&2
  exit 1
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "Undersigned needs Node.js 20.19 or newer with npm (node was not found). Install it, then run make again." >&2
  exit 1
fi
node_version=$(node --version | sed 's/^v//')
IFS=. read -r major minor _ <<<"$node_version"
if (( major < 20 || (major == 20 && minor < 19) )); then
  echo "Undersigned needs Node.js 20.19 or newer; this is $node_version. Update Node.js, then run make again." >&2
  exit 1
fi
