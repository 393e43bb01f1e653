#!/usr/bin/env bash
# Run every test on a fresh machine: installs what the tests need (Debian's Chromium for the
# browser test, the npm dependencies, Azurite from npm), then lint, type check and jest.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  echo "== apt-get install chromium (for the Web Chat browser test)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
bash scripts/ensure-deps.sh all
npm run lint
npm run typecheck
npm test
