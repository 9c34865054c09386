#!/usr/bin/env bash
# Runs the benchmarks: builds Quire, starts it on a fresh database, measures the raw-PostgreSQL baselines and
# Quire in the same run, and writes bench/results/latest.{md,json}. Usage: bash bench/run.sh [--quick]
# Other scenarios run the same way with their own main class, e.g. the audit export (B8):
#   BENCH_MAIN=io.quire.bench.ExportBench QUIRE_HEAP=512m bash bench/run.sh --events 1000000
# Run it on an otherwise idle machine: the numbers are ratios against PostgreSQL measured at the same moment,
# but a busy CPU still skews them.
set -euo pipefail
cd "$(dirname "$0")/.."

bash infra/local/services.sh
echo "==> Building" >&2
./mvnw -B -q -DskipTests package

port="${BENCH_PORT:-18181}"
db="quire_bench_$(date +%s)"
user="${QUIRE_DB_USER:-postgres}"
token="bench-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"
export PGPASSWORD="${QUIRE_DB_PASSWORD:-}"
psql -h 127.0.0.1 -U "$user" -d postgres -qc "CREATE DATABASE $db"
mkdir -p bench/results

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

java -cp "bench/target/quire-bench.jar:bench/target/lib/*" "${BENCH_MAIN:-io.quire.bench.BenchRunner}" \
  --quire "http://127.0.0.1:$port" --jdbc "jdbc:postgresql://127.0.0.1:5432/$db" --user "$user" \
  --password "${QUIRE_DB_PASSWORD:-}" --admin-token "$token" --pid "$quire_pid" --out bench/results "$@"
