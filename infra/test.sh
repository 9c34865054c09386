#!/usr/bin/env bash
# Runs every test against real PostgreSQL and Redis, starting them first when they are not running.
set -euo pipefail
cd "$(dirname "$0")/.."
bash infra/local/services.sh
exec ./mvnw -B verify "$@"
