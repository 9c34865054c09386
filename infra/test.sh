#!/usr/bin/env bash
# Runs every test against real PostgreSQL and Redis, starting them first when they are not running: the Java suites,
# the web app's component tests, and its browser tests in Debian's Chromium (installed from apt when missing). Then
# prints the reliability battery's summary (each part: passed, failed, and its figures), whether the build passed or not.
set -euo pipefail
cd "$(dirname "$0")/.."
bash infra/local/services.sh --with-browser
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
rm -rf platform/target/reliability-report
status=0
./mvnw -B verify "$@" || status=$?
if compgen -G "platform/target/reliability-report/*.txt" > /dev/null; then
  echo
  echo "Reliability battery"
  cat platform/target/reliability-report/*.txt
fi
exit "$status"
