#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite.
#
#   postgres-fixture.sh start <dir>   initdb a cluster, start it on a free 127.0.0.1 port, create the
#                                     database muster_test and write its URL to <dir>/url
#   postgres-fixture.sh stop <dir>    stop that cluster (through its own pid file) and remove <dir>
#
# PostgreSQL refuses to run as root: as root, the server runs as the `postgres` system user.
# The server binaries come from MUSTER_POSTGRES_BINDIR, else the newest /usr/lib/postgresql/<major>/bin
# (Debian, Ubuntu), else pg_config or PATH. Without them, start exits with 77 (CTest reports the
# fixture as skipped and the PostgreSQL tests skip themselves) unless MUSTER_REQUIRE_POSTGRES=1.
set -euo pipefail

readonly skip_exit_code=77
readonly database=muster_test
readonly superuser=muster
readonly marker=.muster-postgres-fixture
readonly port_range_start=20000
readonly port_range_size=10000

die() {
    echo "postgres-fixture: error: $*" >&2
    exit 1
}

note() {
    echo "postgres-fixture: $*"
}

running_as_root() {
    [ "$(id -u)" -eq 0 ]
}

# Settings of the caller's shell (PGHOST, PGPORT, PGDATA, ...) must not redirect the tools.
clear_libpq_environment() {
    local name
    while read -r name; do
        unset "$name"
    done < <(compgen -e | grep '^PG' || true)
}

find_bindir() {
    if [ -n "${MUSTER_POSTGRES_BINDIR:-}" ]; then
        echo "$MUSTER_POSTGRES_BINDIR"
        return
    fi
    local newest
    newest=$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
    if [ -x "$newest" ]; then
        dirname "$newest"
        return
    fi
    if command -v pg_config >/dev/null 2>&1; then
        local bindir
        bindir=$(pg_config --bindir 2>/dev/null || true)
        if [ -n "$bindir" ] && [ -x "$bindir/initdb" ]; then
            echo "$bindir"
            return
        fi
    fi
    if command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
        return
    fi
    echo ""
}

# Runs a PostgreSQL tool as the user that owns the cluster: `postgres` when we are root, else ourselves.
# From / so that a working directory the postgres user cannot enter does not matter.
as_cluster_owner() {
    if running_as_root; then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

check_root_prerequisites() {
    running_as_root || return 0
    command -v runuser >/dev/null 2>&1 || die "running as root needs runuser (util-linux) to start PostgreSQL as the postgres user"
    id -u postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' system user (installed by the postgresql package); PostgreSQL refuses to run as root"
}

# Refuses to work on (and later delete) a directory that this script did not create.
check_fixture_dir() {
    local dir=$1
    case "$dir" in
    "" | / | . | ..) die "refusing to use '$dir' as the fixture directory" ;;
    esac
    if [ -d "$dir" ] && [ ! -e "$dir/$marker" ] && [ -n "$(ls -A "$dir")" ]; then
        die "$dir exists, is not empty and was not created by this script; refusing to use it"
    fi
}

# The cluster (data directory and run directory) lives in <dir>, or, when the postgres user cannot
# reach <dir> (a build tree under a private home directory), in a private directory under /tmp that
# <dir>/cluster names.
cluster_base() {
    local dir=$1
    if [ -f "$dir/cluster" ]; then
        cat "$dir/cluster"
    else
        echo "$dir"
    fi
}

port_in_use() {
    local port=$1
    if command -v ss >/dev/null 2>&1 && [ -n "$(ss -tanH "( sport = :$port )" 2>/dev/null)" ]; then
        return 0
    fi
    # Something accepts connections there (also covers machines without ss).
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

# Ports that another process took between our check and the server's bind; not picked again.
ports_lost=" "

pick_free_port() {
    local offset=$((RANDOM % port_range_size))
    local tries port
    for ((tries = 0; tries < 500; tries++)); do
        port=$((port_range_start + (offset + tries) % port_range_size))
        if [[ "$ports_lost" != *" $port "* ]] && ! port_in_use "$port"; then
            echo "$port"
            return
        fi
    done
    die "no free TCP port on 127.0.0.1 between $port_range_start and $((port_range_start + port_range_size - 1))"
}

pick_locale() {
    if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
        echo C.UTF-8
    else
        echo C
    fi
}

# Writes the test-speed settings; included from postgresql.conf.
write_settings() {
    local data=$1 run=$2 port=$3
    local socket_dirs="$run"
    # A Unix socket path must fit in sun_path (108 bytes); deep build trees fall back to TCP only.
    if [ $((${#run} + ${#port} + 11)) -ge 107 ]; then
        socket_dirs=""
    fi
    as_cluster_owner tee "$data/muster-test.conf" >/dev/null <<EOF
# Written by postgres-fixture.sh: a disposable cluster for tests, tuned for speed, not durability.
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$socket_dirs'
max_connections = 200
shared_buffers = 64MB
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
max_wal_size = 1GB
checkpoint_timeout = 30min
jit = off
log_min_messages = warning
log_statement = none
EOF
}

server_is_running() {
    local bindir=$1 data=$2
    [ -f "$data/postmaster.pid" ] || return 1
    local pid
    pid=$(head -n 1 "$data/postmaster.pid")
    if [ -r "/proc/$pid/stat" ]; then
        # A pid file left behind before a reboot may name an unrelated process: only a postgres counts,
        # and a killed one that is not yet reaped (a zombie) is not running.
        grep -q postgres "/proc/$pid/comm" || return 1
        [ "$(sed -E 's/.*\) ([A-Za-z]).*/\1/' "/proc/$pid/stat")" != Z ] || return 1
    fi
    as_cluster_owner "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1
}

stop_cluster() {
    local dir=$1
    [ -d "$dir" ] || return 0
    local base data bindir
    base=$(cluster_base "$dir")
    data="$base/data"
    if [ -f "$data/postmaster.pid" ]; then
        bindir=$(find_bindir)
        [ -n "$bindir" ] || die "a server may still run on $data, but the PostgreSQL binaries to stop it are gone"
        if server_is_running "$bindir" "$data"; then
            note "stopping the server of $data"
            if ! as_cluster_owner "$bindir/pg_ctl" -D "$data" -w -t 60 -s stop -m fast &&
                server_is_running "$bindir" "$data"; then
                as_cluster_owner "$bindir/pg_ctl" -D "$data" -w -t 30 -s stop -m immediate ||
                    ! server_is_running "$bindir" "$data" || die "could not stop the server of $data"
            fi
        fi
    fi
    if [ "$base" != "$dir" ]; then
        case "$base" in
        */muster-postgres.*) rm -rf -- "$base" ;;
        *) die "$dir/cluster names $base, which this script did not create" ;;
        esac
    fi
    rm -rf -- "$dir"
}

start_cluster() {
    local dir=$1
    local bindir
    # Tests must not find the URL of a server that an interrupted run left behind.
    rm -f -- "$dir/url"
    bindir=$(find_bindir)
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ] || [ ! -x "$bindir/createdb" ]; then
        echo "postgres-fixture: PostgreSQL server binaries (initdb, pg_ctl, createdb) not found in" \
            "/usr/lib/postgresql/<major>/bin, pg_config --bindir or PATH; install the 'postgresql' package" \
            "or set MUSTER_POSTGRES_BINDIR." >&2
        if [ "${MUSTER_REQUIRE_POSTGRES:-0}" = 1 ]; then
            exit 1
        fi
        echo "postgres-fixture: the PostgreSQL tests will be skipped." >&2
        exit "$skip_exit_code"
    fi
    check_root_prerequisites

    # A cluster left behind by an interrupted run.
    stop_cluster "$dir"

    mkdir -p -- "$dir"
    dir=$(cd -- "$dir" && pwd)
    touch "$dir/$marker"

    local base="$dir"
    if running_as_root; then
        chown postgres: "$dir"
        if ! runuser -u postgres -- test -w "$dir" -a -x "$dir"; then
            base=$(mktemp -d "${TMPDIR:-/tmp}/muster-postgres.XXXXXX")
            chown postgres: "$base"
            echo "$base" >"$dir/cluster"
            note "the postgres user cannot write to $dir; the cluster lives in $base"
        fi
    fi
    local data="$base/data" run="$base/run" log="$base/run/postgres.log"
    as_cluster_owner mkdir -p "$run"
    as_cluster_owner chmod 700 "$run"

    note "PostgreSQL binaries: $bindir"
    if ! as_cluster_owner "$bindir/initdb" -D "$data" -U "$superuser" -A trust --encoding=UTF8 \
        --locale="$(pick_locale)" --no-sync >"$run/initdb.log" 2>&1; then
        cat "$run/initdb.log" >&2
        die "initdb failed"
    fi
    as_cluster_owner tee "$data/pg_hba.conf" >/dev/null <<EOF
# Written by postgres-fixture.sh: trust, and only over the Unix socket and 127.0.0.1.
local all all trust
host all all 127.0.0.1/32 trust
EOF
    as_cluster_owner tee -a "$data/postgresql.conf" >/dev/null <<<"include = 'muster-test.conf'"

    # Another process may take the chosen port before the server binds it: then try another one.
    local attempt port started=0
    for attempt in 1 2 3 4 5; do
        port=$(pick_free_port)
        write_settings "$data" "$run" "$port"
        if as_cluster_owner "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 -s start; then
            started=1
            break
        fi
        if server_is_running "$bindir" "$data"; then
            as_cluster_owner "$bindir/pg_ctl" -D "$data" -w -t 30 -s stop -m immediate || true
        fi
        if ! grep -qE 'could not bind|could not create any TCP/IP sockets|Address already in use' "$log"; then
            tail -n 30 "$log" >&2 || true
            die "the server did not start (log: $log)"
        fi
        note "port $port was taken (attempt $attempt), trying another one"
        ports_lost+="$port "
    done
    [ "$started" = 1 ] || die "the server did not start on any port (log: $log)"

    if ! as_cluster_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$superuser" "$database"; then
        tail -n 30 "$log" >&2 || true
        die "createdb $database failed"
    fi
    echo "postgres://$superuser@127.0.0.1:$port/$database" >"$dir/url.tmp"
    mv -f "$dir/url.tmp" "$dir/url"
    note "PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') ready at $(cat "$dir/url") (data: $data)"
}

main() {
    [ $# -eq 2 ] || {
        echo "usage: $0 start|stop <dir>" >&2
        exit 2
    }
    local command=$1 dir=$2
    clear_libpq_environment
    check_fixture_dir "$dir"
    case "$command" in
    start) start_cluster "$dir" ;;
    stop)
        stop_cluster "$dir"
        note "stopped and removed $dir"
        ;;
    *)
        echo "usage: $0 start|stop <dir>" >&2
        exit 2
        ;;
    esac
}

main "$@"
