#!/bin/sh
# Run the database and service tests against SQLite AND a throwaway PostgreSQL server.
#   tests/pg.sh [extra pytest arguments]
# Starts the server with scripts/start-test-postgres, stops and deletes it afterwards.
set -eu
HERE="$(cd "$(dirname "$0")/.." && pwd)"
PYTEST="${PYTEST:-$HERE/.venv/bin/pytest}"
DIR="$(mktemp -d /tmp/reseau-pg.XXXXXX)"
export PG_TEST_DIR="$DIR"
RESEAU_TEST_PG_URL="$("$HERE/scripts/start-test-postgres")"
export RESEAU_TEST_PG_URL
trap '"$HERE/scripts/start-test-postgres" --stop "$DIR"; rm -rf "$DIR"' EXIT
cd "$HERE"
"$PYTEST" -q tests/db tests/services "$@"
