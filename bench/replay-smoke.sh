#!/usr/bin/env bash
# A one-off smoke measurement of replay speed: starts Quire on a fresh database, appends N synthetic page creations
# (copies of one real PageCreatedEvent with new ids) straight into the event store, waits for the live "pages"
# processor to take them in (live batch size), then replays "pages" (replay batch size) and rebuilds it blue-green,
# printing events per second for each. Usage: bash bench/replay-smoke.sh [events, default 100000]
# Not part of the benchmark suite: one run, no warm-up beyond the live catch-up; a busy machine skews it.
set -euo pipefail
cd "$(dirname "$0")/.."

events="${1:-100000}"
port="${BENCH_PORT:-$((20000 + RANDOM % 10000))}"
db="quire_replay_smoke_$(date +%s)"
user="${QUIRE_DB_USER:-postgres}"
token="smoke-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"
export PGPASSWORD="${QUIRE_DB_PASSWORD:-}"
api="http://127.0.0.1:$port/api/v1"
sql() { psql -h 127.0.0.1 -U "$user" -d "$db" -qtAc "$1"; }

[ -f platform/target/quire.jar ] || ./mvnw -B -q -DskipTests -pl platform -am package
psql -h 127.0.0.1 -U "$user" -d postgres -qc "CREATE DATABASE $db"
log="$(mktemp)"
QUIRE_DB_URL="postgresql://127.0.0.1:5432/$db" QUIRE_DB_USER="$user" QUIRE_ADMIN_TOKEN="$token" \
  SERVER_PORT="$port" java -Xmx1g -jar platform/target/quire.jar --quire.sandbox.smtp-port=0 > "$log" 2>&1 &
quire_pid=$!
cleanup() {
  kill "$quire_pid" 2>/dev/null || true
  wait "$quire_pid" 2>/dev/null || true
  psql -h 127.0.0.1 -U "$user" -d postgres -qc "DROP DATABASE IF EXISTS $db" || true
  rm -f "$log"
}
trap cleanup EXIT
ready=no
for _ in $(seq 1 600); do
  curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && { ready=yes; break; }
  sleep 0.5
done
[ "$ready" = yes ] || { echo "Quire did not become ready; its log:"; tail -20 "$log"; exit 1; }

admin=(-H "Authorization: Bearer $token")
json=(-H 'Content-Type: application/json')
key=$(curl -fsS -X POST "$api/admin/tenants" "${admin[@]}" "${json[@]}" -d '{"name":"Smoke"}' | jq -r .apiKey)
ws=$(curl -fsS -X POST "$api/workspaces" -H "X-Api-Key: $key" "${json[@]}" -d '{"name":"W"}' | jq -r .id)
nb=$(curl -fsS -X POST "$api/workspaces/$ws/notebooks" -H "X-Api-Key: $key" "${json[@]}" -d '{"title":"N"}' | jq -r .id)
page=$(curl -fsS -X POST "$api/notebooks/$nb/pages" -H "X-Api-Key: $key" "${json[@]}" \
  -d '{"title":"Smoke","body":"a body of some length for the smoke test"}' | jq -r .id)

sql "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
       payload_type, payload_revision, payload, meta_data)
     SELECT gen_random_uuid()::text, n.id::text, 0, e.type, e.time_stamp, e.payload_type, e.payload_revision,
            convert_to(replace(convert_from(e.payload, 'UTF8'), '$page', n.id::text), 'UTF8'), e.meta_data
     FROM domain_event_entry e, (SELECT gen_random_uuid() AS id FROM generate_series(1, $events)) n
     WHERE e.aggregate_identifier = '$page' AND e.sequence_number = 0"
head=$(sql "SELECT max(global_index) FROM domain_event_entry")

pages() { curl -fsS "$api/admin/projections" "${admin[@]}" | jq -c '.items[] | select(.name == "pages")'; }
wait_caught_up() {
  while true; do
    view=$(pages)
    if [ "$(jq -r .status <<<"$view")" = running ] && [ "$(jq -r .position <<<"$view")" -ge "$head" ]; then
      return
    fi
    sleep 0.2
  done
}
rate() { awk -v n="$events" -v s="$1" -v e="$2" 'BEGIN { printf "%.0f", n / ((e - s) / 1e9) }'; }

start=$(date +%s%N); wait_caught_up; end=$(date +%s%N)
echo "live catch-up (batch 100): $events events in $(( (end - start) / 1000000 )) ms, $(rate "$start" "$end") events/s"

start=$(date +%s%N)
curl -fsS -X POST "$api/admin/projections/pages/replay" "${admin[@]}" >/dev/null
wait_caught_up; end=$(date +%s%N)
echo "replay (quire.replay.batch-size): $head events in $(( (end - start) / 1000000 )) ms, $(rate "$start" "$end") events/s"
[ "$(sql "SELECT count(*) FROM page_view")" -eq $((events + 1)) ] || { echo "page_view has the wrong row count"; exit 1; }

oid=$(sql "SELECT 'public.page_view'::regclass::oid")
start=$(date +%s%N)
curl -fsS -X POST "$api/admin/projections/pages/rebuild" "${admin[@]}" >/dev/null
until [ "$(sql "SELECT 'public.page_view'::regclass::oid")" != "$oid" ] && [ "$(jq -r .status <<<"$(pages)")" = running ]; do
  sleep 0.2
done
end=$(date +%s%N)
echo "blue-green rebuild: $head events in $(( (end - start) / 1000000 )) ms, $(rate "$start" "$end") events/s"
[ "$(sql "SELECT count(*) FROM page_view")" -eq $((events + 1)) ] || { echo "page_view has the wrong row count"; exit 1; }
