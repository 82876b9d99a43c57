#!/bin/sh
# Runs a command (default: the server's tests) against a throwaway PostgreSQL cluster: initdb in
# a temporary folder, started on a loopback port, stopped and removed at the end (even on
# failure). The command gets TEST_DATABASE_URL, and TEST_PG_RESTART, a command that restarts
# the cluster (for the fault tests). PG_BIN defaults to the newest Debian PostgreSQL installed;
# as root the cluster runs as the `postgres` user.
set -eu
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -n "$PG_BIN" ] || { echo "No PostgreSQL server binaries (Debian: apt-get install postgresql), or set PG_BIN." >&2; exit 1; }
PORT=${PG_PORT:-$((40000 + $$ % 20000))}
DIR=$(mktemp -d /tmp/ent-widgets-pg.XXXXXX)
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; fi
cleanup() { run "'$PG_BIN/pg_ctl' -D '$DIR/data' -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$DIR"; }
trap cleanup EXIT INT TERM
OPTIONS="-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
run "'$PG_BIN/initdb' -D '$DIR/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
run "'$PG_BIN/pg_ctl' -D '$DIR/data' -l '$DIR/log' -w -o \"$OPTIONS\" start" >/dev/null
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
if [ "$(id -u)" = 0 ]; then
  export TEST_PG_RESTART="su postgres -s /bin/sh -c \"'$PG_BIN/pg_ctl' -D '$DIR/data' -l '$DIR/log' -w -m fast -o \\\"$OPTIONS\\\" restart\""
else
  export TEST_PG_RESTART="'$PG_BIN/pg_ctl' -D '$DIR/data' -l '$DIR/log' -w -m fast -o \"$OPTIONS\" restart"
fi
if [ $# -gt 0 ]; then "$@"; else node --import tsx --test server/test/server.test.ts; fi
