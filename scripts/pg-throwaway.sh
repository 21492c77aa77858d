#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback, for tests and benchmarks.
#
# usage: scripts/pg-throwaway.sh start DIR   # prints `export GREENLIGHT_TEST_PG=postgres://...`
#        scripts/pg-throwaway.sh stop DIR    # stops the cluster and removes DIR
#        scripts/pg-throwaway.sh install     # apt-get install postgresql when no server is found
#
# `start` runs initdb in DIR (trust authentication, listening on 127.0.0.1 only, on a free
# port), starts the server and creates the database `greenlight`. PostgreSQL refuses to
# run as root, so as root the cluster belongs to the `postgres` user (or a `greenlight-pg`
# user created for it). Exits 2 when no PostgreSQL server binaries are installed.
set -euo pipefail

bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

owner() {
  if [ "$(id -u)" != 0 ]; then id -un; return; fi
  if id postgres >/dev/null 2>&1; then echo postgres; return; fi
  id greenlight-pg >/dev/null 2>&1 || useradd --system --no-create-home greenlight-pg
  echo greenlight-pg
}

as_owner() {
  local who=$1; shift
  if [ "$(id -un)" = "$who" ]; then "$@"; else runuser -u "$who" -- "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case "${1:-}" in
  install)
    if bindir >/dev/null; then exit 0; fi
    sudo_=""
    if [ "$(id -u)" != 0 ]; then sudo_="sudo -n"; fi
    $sudo_ apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq postgresql
    bindir >/dev/null
    ;;
  start)
    dir=${2:?usage: pg-throwaway.sh start DIR}
    bin=$(bindir) || { echo "pg-throwaway: no PostgreSQL server installed" >&2; exit 2; }
    who=$(owner)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    chown "$who" "$dir" 2>/dev/null || true
    chmod 700 "$dir"
    port=$(free_port)
    as_owner "$who" "$bin/initdb" -D "$dir/data" -U greenlight --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # The socket in DIR, TCP on loopback only; fsync stays on so load figures are honest.
    as_owner "$who" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c track_commit_timestamp=on" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    psql=$bin/psql; [ -x "$psql" ] || psql=psql
    "$psql" -h 127.0.0.1 -p "$port" -U greenlight -d postgres -qc 'CREATE DATABASE greenlight' >/dev/null
    echo "$port" > "$dir/port"
    echo "export GREENLIGHT_TEST_PG=postgres://greenlight@127.0.0.1:$port/greenlight"
    ;;
  stop)
    dir=${2:?usage: pg-throwaway.sh stop DIR}
    if [ -d "$dir/data" ]; then
      bin=$(bindir)
      who=$(stat -c %U "$dir/data")
      as_owner "$who" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    sed -n '2,11p' "$0" >&2
    exit 64
    ;;
esac
