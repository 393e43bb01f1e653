#!/usr/bin/env bash
# Start the bot on a fresh machine: installs what running it needs (no test tools), builds
# once (later starts with nothing changed skip the build), and runs it with embedded defaults
# (in-memory state, the local chat page, no Azure) on http://localhost:3978.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh runtime
node scripts/build.js
# The bot itself in place of this shell (as `npm start` runs it, without npm in between):
# a supervisor's SIGTERM reaches it and it stops cleanly; npm would exit and leave it running.
exec node --disable-warning=DEP0111 dist/bot/index.js
