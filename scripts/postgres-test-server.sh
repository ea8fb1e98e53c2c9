#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback, for tests and figures: initialised and run as
# the `postgres` user (the server refuses root) in a temporary folder, with a login role
# `saraban` that may create databases (each test archive gets its own).
#
#   dir=$(scripts/postgres-test-server.sh start)      # prints the folder; $dir/url holds
#   export SARABAN_TEST_POSTGRES=$(cat "$dir/url")     #   postgres://saraban:…@127.0.0.1:PORT/saraban
#   scripts/postgres-test-server.sh stop "$dir"
#
# Installs Debian's postgresql when no server binaries are found. PGPORT picks the port
# (default: a free one); SARABAN_PG_OPTIONS adds server settings (-c name=value …).
set -euo pipefail

find_bin() {
  for d in /usr/lib/postgresql/*/bin /usr/local/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ]; then echo "$d"; return 0; fi
  done
  return 1
}

start() {
  local bin
  if ! bin=$(find_bin); then
    echo "postgres-test-server: no PostgreSQL server found; installing Debian's postgresql" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin=$(find_bin)
  fi
  id postgres >/dev/null 2>&1 || useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres
  local dir port password
  dir=$(mktemp -d /tmp/saraban-pg.XXXXXX)
  chmod 755 "$dir"
  port=${PGPORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
  password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
  printf '%s\n' "$password" > "$dir/pw"
  chown -R postgres: "$dir"
  runuser -u postgres -- "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$dir/pw" >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # shellcheck disable=SC2086
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=100 ${SARABAN_PG_OPTIONS:-}" start >&2
  local psql="$bin/psql"
  [ -x "$psql" ] || psql=psql
  runuser -u postgres -- "$psql" -X -q -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE saraban LOGIN CREATEDB PASSWORD '$password'" \
    -c "CREATE DATABASE saraban OWNER saraban" >&2
  echo "$bin" > "$dir/bin"
  echo "postgres://saraban:$password@127.0.0.1:$port/saraban" > "$dir/url"
  echo "$dir"
}

stop() {
  local dir=$1
  [ -d "$dir/data" ] || return 0
  runuser -u postgres -- "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:?folder printed by start}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
