#!/usr/bin/env bash
# The Microsoft 365 Agents Playground (local Teams emulator), for developers only: never in
# CI or tests. Telemetry off, no browser auto-open, every server on 127.0.0.1 only.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export APPLICATION_INSIGHTS_NO_STATSBEAT=true
export TEAMSAPPTESTER_BROWSER=none
export NODE_OPTIONS="${NODE_OPTIONS:-} -r ${here}/loopback-only.js"
exec npx --yes @microsoft/m365agentsplayground@0.2.28 --disable-telemetry \
  --app-endpoint "${BOT_ENDPOINT:-http://127.0.0.1:3978/api/messages}" --channel-id msteams
