# shellcheck shell=bash
# Start a throw-away PostgreSQL server for the store tests and export WIREWATCH_TEST_PG_URL.
#
#   source .ci/postgres.sh          # installs postgresql from Debian if missing, starts it, creates the DB
#   .ci/postgres.sh stop            # stops the server started by this script
#
# Environment: WIREWATCH_PG_DIR (data + socket folder, default /tmp/wirewatch-pg), WIREWATCH_PG_PORT
# (default 55432). Runs the server as the `postgres` user when invoked as root (initdb refuses root).

_ww_pg_main() {
    local dir="${WIREWATCH_PG_DIR:-/tmp/wirewatch-pg}"
    local port="${WIREWATCH_PG_PORT:-55432}"
    local db="wirewatch_test"
    local bindir
    bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
        echo "postgres.sh: installing postgresql from Debian packages" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq && apt-get install -y -qq postgresql >/dev/null || {
            echo "postgres.sh: apt-get install postgresql failed" >&2; return 1; }
        bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    fi
    local run=()
    if [ "$(id -u)" = "0" ]; then
        run=(runuser -u postgres --)
    fi
    if [ "${1:-}" = "stop" ]; then
        "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast stop >/dev/null && echo "postgres.sh: stopped" >&2
        return 0
    fi
    mkdir -p "$dir"
    if [ "$(id -u)" = "0" ]; then
        chown postgres: "$dir"
    fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        "${run[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
            || { echo "postgres.sh: initdb failed" >&2; return 1; }
    fi
    if ! "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
            || { echo "postgres.sh: server failed to start, see $dir/server.log" >&2; return 1; }
    fi
    if ! "${run[@]}" "$bindir/psql" -h "$dir" -p "$port" -U postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
        "${run[@]}" "$bindir/createdb" -h "$dir" -p "$port" -U postgres "$db" \
            || { echo "postgres.sh: createdb failed" >&2; return 1; }
    fi
    export WIREWATCH_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/$db"
    echo "postgres.sh: WIREWATCH_TEST_PG_URL=$WIREWATCH_TEST_PG_URL" >&2
}

_ww_pg_main "$@"
_ww_pg_status=$?
unset -f _ww_pg_main
# When executed (not sourced), exit with the status; when sourced, return it.
(return 0 2>/dev/null) && return $_ww_pg_status || exit $_ww_pg_status
