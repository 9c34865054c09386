#!/usr/bin/env bash
# What the tenant index (Flyway V11) costs each append: single-row inserts of event-shaped rows (a 400-byte page
# edit and Axon's metadata) into two twins of the event table, one with the index and one without, measured with
# pgbench in alternating rounds on a scratch database that is dropped afterwards. Then the CPU the tenant function
# itself takes per row, by evaluating it over every row written (less sensitive to a busy machine than throughput).
# Usage: bash bench/tenant-index-cost.sh [clients=4] [seconds=15] [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/.."

clients="${1:-4}"; seconds="${2:-15}"; rounds="${3:-3}"
user="${QUIRE_DB_USER:-postgres}"
export PGPASSWORD="${QUIRE_DB_PASSWORD:-}"
db="quire_index_cost_$(date +%s)"
work="$(mktemp -d)"
psql_db() { psql -h 127.0.0.1 -U "$user" -d "$db" -qX "$@"; }
cleanup() {
  psql -h 127.0.0.1 -U "$user" -d postgres -qXc "DROP DATABASE IF EXISTS $db" || true
  rm -rf "$work"
}
trap cleanup EXIT

psql -h 127.0.0.1 -U "$user" -d postgres -qXc "CREATE DATABASE $db"
migrations=platform/src/main/resources/db/migration
psql_db -f "$migrations/V1__event_store.sql"
psql_db -f "$migrations"/V11__*.sql
for table in plain_event indexed_event; do
  psql_db -c "CREATE TABLE $table (LIKE domain_event_entry INCLUDING DEFAULTS INCLUDING CONSTRAINTS)" \
          -c "CREATE SEQUENCE ${table}_seq OWNED BY $table.global_index" \
          -c "ALTER TABLE $table ALTER COLUMN global_index SET DEFAULT nextval('${table}_seq')" \
          -c "ALTER TABLE $table ADD PRIMARY KEY (global_index), ADD UNIQUE (event_identifier),
              ADD UNIQUE (aggregate_identifier, sequence_number)"
done
psql_db -c "CREATE INDEX indexed_event_tenant ON indexed_event (quire_event_tenant(payload, meta_data), global_index)"

body="$(printf 'x%.0s' $(seq 1 400))"
for table in plain_event indexed_event; do
  cat > "$work/$table.sql" <<SQL
\set tenant random(10, 59)
INSERT INTO $table (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,
                    payload, meta_data)
VALUES (gen_random_uuid()::text, gen_random_uuid()::text, 0, 'Page', '2025-01-01T00:00:00.000Z',
        'io.quire.contracts.page.PageEditedEvent',
        convert_to('{"pageId":{"value":"' || gen_random_uuid() || '"},"tenantId":{"value":"00000000-0000-0000-0000-0000000000' || :tenant || '"},"title":"Roadmap","body":"$body","version":3}', 'UTF8'),
        convert_to('{"principal":"key:5e0c6c61-2f1e-4b8e-9a53-3c9a1f0e2b7d","tenantId":"00000000-0000-0000-0000-0000000000' || :tenant || '","causationId":"' || gen_random_uuid() || '","correlationId":"' || gen_random_uuid() || '","requestId":"' || gen_random_uuid() || '"}', 'UTF8'));
SQL
done

echo "| round | without index (tps) | with index (tps) |"
echo "| ---: | ---: | ---: |"
for round in $(seq 1 "$rounds"); do
  tps=()
  for table in plain_event indexed_event; do
    tps+=("$(pgbench -h 127.0.0.1 -U "$user" -n -c "$clients" -j "$clients" -T "$seconds" -f "$work/$table.sql" "$db" \
             2>/dev/null | sed -n 's/^tps = \([0-9.]*\).*/\1/p')")
  done
  echo "| $round | ${tps[0]} | ${tps[1]} |"
done

rows="$(psql_db -Atc "SELECT count(*) FROM indexed_event")"
elapsed() { psql_db -c '\timing on' -c "$1" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'; }
elapsed "SELECT count(length(payload) + length(meta_data)) FROM indexed_event" > /dev/null  # warm the cache
reading="$(elapsed "SELECT count(length(payload) + length(meta_data)) FROM indexed_event")"
tenant="$(elapsed "SELECT count(quire_event_tenant(payload, meta_data)) FROM indexed_event")"
awk -v rows="$rows" -v reading="$reading" -v tenant="$tenant" 'BEGIN {
  printf "\nquire_event_tenant over %d rows: %.0f ms (reading the rows alone: %.0f ms), %.1f us per row\n",
         rows, tenant, reading, (tenant - reading) * 1000 / rows }'
