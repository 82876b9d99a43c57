#!/bin/sh
# Runs the server's tests against a throwaway PostgreSQL cluster: initdb in a temporary folder,
# started on a loopback port, stopped and removed at the end (even on failure).
# PG_BIN defaults to Debian's PostgreSQL 15; as root the cluster runs as the `postgres` user.
# Arguments: the command to run with TEST_DATABASE_URL set (default: the server's tests).
set -eu
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PORT=${PG_PORT:-$((40000 + $$ % 20000))}
DIR=$(mktemp -d /tmp/ent-widgets-pg.XXXXXX)
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; fi
cleanup() { run "'$PG_BIN/pg_ctl' -D '$DIR/data' -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$DIR"; }
trap cleanup EXIT INT TERM
run "'$PG_BIN/initdb' -D '$DIR/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
run "'$PG_BIN/pg_ctl' -D '$DIR/data' -l '$DIR/log' -w -o \"-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
if [ $# -eq 0 ]; then set -- node --import tsx --test server/test/server.test.ts; fi
"$@"
