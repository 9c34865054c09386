#!/usr/bin/env bash
# The search benchmark: builds Quire, starts it on a database of its own, loads a generated corpus straight into the
# search index (1,000,000 documents unless --rows says otherwise), and measures the search SQL and the search endpoint.
# Writes bench/results/search-latest.{md,json}. Usage: bash bench/search.sh [--rows N] [--quick]
# The load takes a few minutes at full size and the measurements about three more (--quick: under one).
set -euo pipefail
cd "$(dirname "$0")/.."

bash infra/local/services.sh
echo "==> Building" >&2
./mvnw -B -q -DskipTests package

port="${BENCH_PORT:-18182}"
db="quire_search_bench_$(date +%s)"
user="${QUIRE_DB_USER:-postgres}"
token="bench-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"
export PGPASSWORD="${QUIRE_DB_PASSWORD:-}"
psql -h 127.0.0.1 -U "$user" -d postgres -qc "CREATE DATABASE $db"
mkdir -p bench/results

QUIRE_DB_URL="postgresql://127.0.0.1:5432/$db" QUIRE_DB_USER="$user" QUIRE_ADMIN_TOKEN="$token" \
  SERVER_PORT="$port" java -Xmx1g -jar platform/target/quire.jar > bench/results/search-quire.log 2>&1 &
quire_pid=$!
cleanup() {
  kill "$quire_pid" 2>/dev/null || true
  wait "$quire_pid" 2>/dev/null || true
  psql -h 127.0.0.1 -U "$user" -d postgres -qc "DROP DATABASE IF EXISTS $db" || true
}
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 0.5
done

java -cp "bench/target/quire-bench.jar:bench/target/lib/*" io.quire.bench.SearchBench \
  --quire "http://127.0.0.1:$port" --jdbc "jdbc:postgresql://127.0.0.1:5432/$db" --user "$user" \
  --password "${QUIRE_DB_PASSWORD:-}" --admin-token "$token" --pid "$quire_pid" --out bench/results "$@"
