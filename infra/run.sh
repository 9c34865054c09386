#!/usr/bin/env bash
# Runs Quire locally: starts (or installs) PostgreSQL and Redis, builds the jar when sources changed, and starts
# Quire on http://localhost:${SERVER_PORT:-8080}. The admin token is kept in .quire/admin-token between runs.
set -euo pipefail
cd "$(dirname "$0")/.."

bash infra/local/services.sh --with-database

jar=platform/target/quire.jar
if [[ ! -f "$jar" ]] || [[ -n "$(find pom.xml */pom.xml */src frontend/index.html frontend/package-lock.json \
      -newer "$jar" -print -quit 2>/dev/null)" ]]; then
  echo "==> Building Quire (first run takes a few minutes)" >&2
  ./mvnw -B -q -DskipTests package
fi

mkdir -p .quire
if [[ -z "${QUIRE_ADMIN_TOKEN:-}" ]]; then
  [[ -s .quire/admin-token ]] || head -c 24 /dev/urandom | base64 | tr -d '/+=' > .quire/admin-token
  QUIRE_ADMIN_TOKEN="$(cat .quire/admin-token)"
fi
export QUIRE_ADMIN_TOKEN
port="${SERVER_PORT:-8080}"

announce() {
  for _ in $(seq 1 240); do
    if curl -fsS "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; then
      cat >&2 <<TXT

  Quire is running:     http://localhost:$port
  Open the dashboard:   http://localhost:$port/  (sign in with a tenant's API key, or the admin token below)
  API docs:             http://localhost:$port/swagger-ui.html
  Admin token:          $QUIRE_ADMIN_TOKEN
  Create a tenant:      curl -s -X POST http://localhost:$port/api/v1/admin/tenants \\
                          -H "Authorization: Bearer $QUIRE_ADMIN_TOKEN" \\
                          -H 'Content-Type: application/json' -d '{"name":"Acme"}'
  Logs are in .quire/quire.log; stop with Ctrl-C.

TXT
      return
    fi
    sleep 0.5
  done
  echo "==> Quire did not become ready; see .quire/quire.log" >&2
}

announce &
# A 1 GiB heap is Quire's default (the benchmarks run with it; JAVA_OPTS overrides it).
exec java ${JAVA_OPTS:--Xmx1g} -jar "$jar" > .quire/quire.log 2>&1
