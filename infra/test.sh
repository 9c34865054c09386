#!/usr/bin/env bash
# Runs every test against real PostgreSQL and Redis, starting them first when they are not running: the Java suites,
# the web app's component tests, and its browser tests in Debian's Chromium (installed from apt when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
bash infra/local/services.sh --with-browser
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
exec ./mvnw -B verify "$@"
