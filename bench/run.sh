#!/usr/bin/env bash
# Runs the benchmarks: builds Quire, then measures the raw-PostgreSQL baselines and Quire in the same run on
# databases of their own (created and dropped here), starting Quire from the built jar as needed, and writes
# bench/results/latest.{md,json}.
#   bash bench/run.sh                  full run: B0-B7, histories of 1M and 10M events (about an hour)
#   bash bench/run.sh --quick          smoke run: short windows, histories of 100k and 300k events
#   bash bench/run.sh --only B4,B5     some scenarios only; --events N and --growth-events N size the histories
# Run it on an otherwise idle machine: the numbers are ratios against PostgreSQL measured at the same moment,
# but a busy CPU still skews them.
set -euo pipefail
cd "$(dirname "$0")/.."

bash infra/local/services.sh
echo "==> Building" >&2
./mvnw -B -q -DskipTests package

db_url="${QUIRE_DB_URL:-postgresql://127.0.0.1:5432/quire}"
mkdir -p bench/results
exec java -cp "bench/target/quire-bench.jar:bench/target/lib/*" io.quire.bench.BenchRunner \
  --jar platform/target/quire.jar --db-server "${db_url%/*}" --user "${QUIRE_DB_USER:-postgres}" \
  --password "${QUIRE_DB_PASSWORD:-}" --port "${BENCH_PORT:-18181}" --heap "${BENCH_HEAP:-1g}" \
  --out bench/results "$@"
