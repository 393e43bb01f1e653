#!/usr/bin/env bash
# Installs the npm dependencies when they are missing or older than the lockfile.
#   runtime: what running the bot locally needs (no test tools, and not the optional Azure
#            storage SDKs: local state is in memory), for scripts/start.sh
#   all:     everything, test tools included, for scripts/test.sh
# npm's postinstall (scripts/fetch-webchat.js) brings the Web Chat bundle either way.
set -euo pipefail
cd "$(dirname "$0")/.."
scope="${1:-all}"
installed=node_modules/.package-lock.json # npm's record of what it installed
current=false
if [ -f "$installed" ] && [ ! package-lock.json -nt "$installed" ]; then
  # A runtime install lacks the dev tools; any install will do for running the bot.
  if [ "$scope" = runtime ] || grep -q '"node_modules/jest"' "$installed"; then current=true; fi
fi
if [ "$current" = false ]; then
  if [ "$scope" = runtime ]; then
    echo "== npm ci --omit=dev --omit=optional (what running the bot needs; the tests install the rest)"
    npm ci --omit=dev --omit=optional --no-audit --no-fund
  else
    echo "== npm ci"
    npm ci --no-audit --no-fund
  fi
fi
# An install made with --ignore-scripts has no Web Chat bundle yet (quick when it is there).
node scripts/fetch-webchat.js
