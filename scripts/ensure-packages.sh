#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages named on the command line that are not
# installed yet. Needs root or sudo; says plainly what to do otherwise.
set -euo pipefail

missing=()
for pkg in "$@"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "Undersigned needs these system packages, and this is not a Debian/Ubuntu system:" >&2
  echo "  ${missing[*]}" >&2
  echo "Install their equivalents with your package manager, then run make again." >&2
  exit 1
fi

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null; then
  sudo=(sudo)
else
  echo "Missing system packages: ${missing[*]}" >&2
  echo "Run as root, or install them with: apt-get install ${missing[*]}" >&2
  exit 1
fi

echo "Installing system packages: ${missing[*]}"
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
