#!/usr/bin/env bash
# Makes sure what Quire needs locally is running: a Java 17+ runtime, Node.js 20.19+ with npm (to build the web
# app), PostgreSQL and Redis; with --with-browser also Debian's Chromium for the browser tests. Services that are
# already up are left alone; missing ones are started, and installed from Debian's packages when they are not there
# at all (which needs root or sudo). Remote databases (QUIRE_DB_URL pointing at another host) are never touched.
set -euo pipefail

log() { printf '==> %s\n' "$*" >&2; }

db_url="${QUIRE_DB_URL:-postgresql://127.0.0.1:5432/quire}"
db_hostport="${db_url#*://}"; db_hostport="${db_hostport#*@}"; db_hostport="${db_hostport%%/*}"
db_host="${db_hostport%%:*}"
db_port="5432"; [[ "$db_hostport" == *:* ]] && db_port="${db_hostport##*:}"
db_name="${db_url##*/}"; db_name="${db_name%%\?*}"
db_user="${QUIRE_DB_USER:-postgres}"
redis_url="${QUIRE_REDIS_URL:-redis://127.0.0.1:6379}"
redis_hostport="${redis_url#*://}"; redis_hostport="${redis_hostport#*@}"; redis_hostport="${redis_hostport%%/*}"
redis_host="${redis_hostport%%:*}"
redis_port="6379"; [[ "$redis_hostport" == *:* ]] && redis_port="${redis_hostport##*:}"

is_local() { [[ "$1" == "127.0.0.1" || "$1" == "localhost" || "$1" == "::1" ]]; }
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

apt_install() {
  local as=()
  if [[ "$(id -u)" != "0" ]] && command -v sudo >/dev/null; then as=(sudo); fi
  if { [[ "$(id -u)" != "0" ]] && [[ ${#as[@]} -eq 0 ]]; } || ! command -v apt-get >/dev/null; then
    log "Please install $* (needs root or sudo, and apt-get)"; exit 1
  fi
  log "Installing $* from Debian's packages"
  "${as[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_java() {
  if command -v java >/dev/null && java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])'; then
    return
  fi
  apt_install openjdk-17-jdk-headless
}

# The web app's build (Vite 8) needs Node.js 20.19 or newer; npm comes with it.
ensure_node() {
  command -v npm >/dev/null || apt_install nodejs npm
  if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
    log "Node.js $(node --version) is too old to build the web app: install Node.js 20.19 or newer"; exit 1
  fi
}

# The browser tests drive Debian's Chromium; nothing downloads a browser of its own.
ensure_browser() {
  [[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]] || apt_install chromium
}

wait_for_port() {
  for _ in $(seq 1 60); do port_open "$1" "$2" && return 0; sleep 0.5; done
  log "Nothing answers on $1:$2"; return 1
}

ensure_postgres() {
  if port_open "$db_host" "$db_port"; then return; fi
  if ! is_local "$db_host"; then log "PostgreSQL at $db_host:$db_port does not answer"; exit 1; fi
  if [[ ! -d /etc/postgresql ]] || [[ -z "$(ls /etc/postgresql 2>/dev/null)" ]]; then
    apt_install postgresql
    local version; version="$(ls /etc/postgresql | sort -V | tail -1)"
    # A development database on loopback only: trust local connections, as the rest of this machine does.
    sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' \
      "/etc/postgresql/$version/main/pg_hba.conf"
  fi
  local version; version="$(ls /etc/postgresql | sort -V | tail -1)"
  log "Starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  wait_for_port "$db_host" "$db_port"
}

ensure_database() {
  command -v psql >/dev/null || apt_install postgresql-client
  export PGPASSWORD="${QUIRE_DB_PASSWORD:-}"
  if ! psql -h "$db_host" -p "$db_port" -U "$db_user" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$db_name'" | grep -q 1; then
    log "Creating database $db_name"
    psql -h "$db_host" -p "$db_port" -U "$db_user" -d postgres -qc "CREATE DATABASE \"$db_name\""
  fi
}

ensure_redis() {
  if port_open "$redis_host" "$redis_port"; then return; fi
  if ! is_local "$redis_host"; then log "Redis at $redis_host:$redis_port does not answer"; exit 1; fi
  command -v redis-server >/dev/null || apt_install redis-server
  log "Starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no >/dev/null
  wait_for_port "$redis_host" "$redis_port"
}

ensure_java
ensure_node
command -v curl >/dev/null || apt_install curl
command -v jq >/dev/null || apt_install jq
ensure_postgres
ensure_redis
for option in "$@"; do
  case "$option" in
    --with-database) ensure_database ;;
    --with-browser) ensure_browser ;;
  esac
done
