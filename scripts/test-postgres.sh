#!/usr/bin/env bash
# A throw-away PostgreSQL server on loopback for the tests, sourced by scripts/test.sh (or by hand:
#   source scripts/test-postgres.sh && start_test_postgres && export GONGKAI_TEST_POSTGRES ... stop_test_postgres).
# start_test_postgres: initdb into a fresh temp directory, start on 127.0.0.1 at a free non-default port with the
# socket in a private directory, create a role with a password and a database, and set GONGKAI_TEST_POSTGRES (an
# Npgsql connection string). stop_test_postgres: stop the server and delete the directory. As root (CI) initdb and
# pg_ctl run as the user postgres, since initdb refuses to run as root.

test_pg_dir=""

# Debian keeps initdb and pg_ctl in /usr/lib/postgresql/<version>/bin, off PATH: put the newest there.
add_postgres_to_path() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            case ":$PATH:" in *":$dir:"*) ;; *) PATH="$dir:$PATH" ;; esac
        fi
    done
    export PATH
}

# Runs a command as the server's owner: postgres when we are root, ourselves otherwise.
as_test_pg_owner() {
    if [ "$(id -u)" = "0" ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Returns 0 with GONGKAI_TEST_POSTGRES exported, or 1 after printing why on stderr.
start_test_postgres() {
    add_postgres_to_path
    if ! command -v initdb >/dev/null 2>&1 || ! command -v pg_ctl >/dev/null 2>&1; then
        echo "PostgreSQL (initdb, pg_ctl) is not installed." >&2
        return 1
    fi
    if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
        echo "running as root, but there is no user 'postgres' to run the server as." >&2
        return 1
    fi

    test_pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/gongkai-pg.XXXXXX")"
    mkdir -p "$test_pg_dir/data" "$test_pg_dir/socket"
    local password
    password="$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$password" >"$test_pg_dir/password"
    if [ "$(id -u)" = "0" ]; then
        chown -R postgres:postgres "$test_pg_dir"
    fi
    chmod 700 "$test_pg_dir" "$test_pg_dir/data"

    # The bootstrap superuser logs in only through the private socket (trust); the tests' role uses TCP with a password.
    if ! as_test_pg_owner initdb -D "$test_pg_dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$test_pg_dir/initdb.log" 2>&1; then
        echo "initdb failed:" >&2
        cat "$test_pg_dir/initdb.log" >&2
        return 1
    fi

    local port attempt started=0
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((30000 + RANDOM % 20000))
        port_in_use "$port" && continue
        if as_test_pg_owner pg_ctl -D "$test_pg_dir/data" -l "$test_pg_dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$test_pg_dir/socket -c max_connections=300 -c fsync=off" \
            start >/dev/null 2>&1; then
            started=1
            break
        fi
    done
    if [ "$started" = "0" ]; then
        echo "the PostgreSQL server did not start; its log:" >&2
        cat "$test_pg_dir/server.log" >&2 2>/dev/null || true
        return 1
    fi

    if ! as_test_pg_owner psql -X -q -v ON_ERROR_STOP=1 -h "$test_pg_dir/socket" -p "$port" -U postgres -d postgres \
        -c "CREATE ROLE gongkai_test LOGIN CREATEDB PASSWORD '$password'" \
        -c "CREATE DATABASE gongkai_test OWNER gongkai_test" >"$test_pg_dir/psql.log" 2>&1; then
        echo "could not create the test role and database:" >&2
        cat "$test_pg_dir/psql.log" >&2
        return 1
    fi

    export GONGKAI_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=gongkai_test;Username=gongkai_test;Password=$password"
    echo "PostgreSQL $(pg_ctl --version | awk '{print $3}') for the tests on 127.0.0.1:$port ($test_pg_dir)"
    return 0
}

stop_test_postgres() {
    if [ -n "$test_pg_dir" ] && [ -d "$test_pg_dir" ]; then
        if [ -f "$test_pg_dir/data/postmaster.pid" ]; then
            as_test_pg_owner pg_ctl -D "$test_pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$test_pg_dir"
    fi
    test_pg_dir=""
}
