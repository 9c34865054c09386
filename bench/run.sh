#!/usr/bin/env bash
# Runs the benchmarks: builds Quire, then measures the raw-PostgreSQL baselines and Quire in the same run on
# databases of their own (created and dropped by the runner), starting Quire from the built jar as each scenario
# needs it, and writes bench/results/latest.{md,json}.
#   bash bench/run.sh                  full run: B0-B7, histories of 1M and 10M events (1 to 1.5 hours; the
#                                      10M-event rebuild alone is bounded at 33 minutes)
#   bash bench/run.sh --quick          smoke run: short windows, histories of 100k and 300k events
#   bash bench/run.sh --only B4,B5     some scenarios only; --events N and --growth-events N size the histories
#                                      and --query-rate N sets B5's offered load per endpoint (default 10/s)
# Other benchmarks have main classes of their own and run against one Quire started here, e.g. the audit export (B8):
#   QUIRE_EVENT_STORE_SHARED_HEAD_CACHE=false BENCH_MAIN=io.quire.bench.ExportBench QUIRE_HEAP=512m \
#     bash bench/run.sh --events 1000000   (events copied in while Quire runs: ADR 020)
# Run it on an otherwise idle machine: the numbers are ratios against PostgreSQL measured at the same moment,
# but a busy CPU still skews them.
set -euo pipefail
cd "$(dirname "$0")/.."

bash infra/local/services.sh
echo "==> Building" >&2
./mvnw -B -q -DskipTests package
mkdir -p bench/results
classpath="bench/target/quire-bench.jar:bench/target/lib/*"

if [[ -z "${BENCH_MAIN:-}" ]]; then
  db_url="${QUIRE_DB_URL:-postgresql://127.0.0.1:5432/quire}"
  exec java -cp "$classpath" io.quire.bench.BenchRunner \
    --jar platform/target/quire.jar --db-server "${db_url%/*}" --user "${QUIRE_DB_USER:-postgres}" \
    --password "${QUIRE_DB_PASSWORD:-}" --port "${BENCH_PORT:-18181}" --heap "${QUIRE_HEAP:-1g}" \
    --out bench/results "$@"
fi

port="${BENCH_PORT:-18181}"
db="quire_bench_$(date +%s)"
user="${QUIRE_DB_USER:-postgres}"
token="bench-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"
export PGPASSWORD="${QUIRE_DB_PASSWORD:-}"
psql -h 127.0.0.1 -U "$user" -d postgres -qc "CREATE DATABASE $db"

QUIRE_DB_URL="postgresql://127.0.0.1:5432/$db" QUIRE_DB_USER="$user" QUIRE_ADMIN_TOKEN="$token" \
  SERVER_PORT="$port" java -Xmx"${QUIRE_HEAP:-1g}" -jar platform/target/quire.jar > bench/results/quire.log 2>&1 &
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

java -cp "$classpath" "$BENCH_MAIN" \
  --quire "http://127.0.0.1:$port" --jdbc "jdbc:postgresql://127.0.0.1:5432/$db" --user "$user" \
  --password "${QUIRE_DB_PASSWORD:-}" --admin-token "$token" --pid "$quire_pid" --out bench/results "$@"
