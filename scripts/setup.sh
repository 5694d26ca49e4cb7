#!/usr/bin/env bash
# Installs what hypersieve needs (Debian 12 packages) and builds it in Release.
# Idempotent: packages already present are not reinstalled; the build is
# incremental. Usage: scripts/setup.sh [BUILD_DIR]  (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${1:-build}"

PACKAGES=(cmake g++ make pkg-config ccache zstd python3
          libcli11-dev libsimdjson-dev libre2-dev libzstd-dev zlib1g-dev
          libspdlog-dev catch2 libtomlplusplus-dev libvectorscan-dev)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
