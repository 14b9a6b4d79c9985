#!/usr/bin/env bash
# A PostgreSQL server on loopback for the tests against a shared database (issue 15). Sourced by .ci/run.
# Debian's postgresql package is installed when it is missing. PostgreSQL refuses to run as root, and CI runs
# as root, so the cluster is made and started as the postgres user; as any other user, as that user.
# Exports BRIEFING_TEST_POSTGRES: a JDBC URL of a role that may create databases (each test makes its own).
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "installing Debian's postgresql package"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG_PORT=${BRIEFING_PG_PORT:-54329}
PG_DATA=$(mktemp -d /tmp/briefing-pg.XXXXXX)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$PG_DATA"
as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DATA -c fsync=off -c max_connections=200" start >/dev/null
stop_postgres() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true; }
trap stop_postgres EXIT
"$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
  -c "CREATE ROLE briefing LOGIN CREATEDB PASSWORD 'briefing'"
export BRIEFING_TEST_POSTGRES="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=briefing&password=briefing"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (data $PG_DATA)"
