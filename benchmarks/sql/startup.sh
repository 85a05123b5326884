#!/usr/bin/env bash
# Start-up time of muster-server over a SQLite directory of many users:
#
#   benchmarks/sql/startup.sh <build dir> [users (100000)] [runs (5)]
#
# Copies a seeded database of <users> benchmark users (bench_seed_sqlite; seeded once into the
# benchmarks' seed cache) to <build>/benchmarks/sql/startup-<users>/muster.db, starts
# `muster-server --data <that folder> --port 0` once untimed (it creates its first token then), then
# <runs> times, and reports for each start the time until it printed "SCIM base URL" and until a
# GET /healthz first answered 200, and their medians. MUSTER_STARTUP_COLD=1 drops the database file
# from the page cache before each start (a start after a reboot), through dd's nocache flag, which
# touches no other file.
set -euo pipefail

die() {
    echo "startup: error: $*" >&2
    exit 1
}

[ $# -ge 1 ] || die "usage: $0 <build dir> [users] [runs]"
build=$(cd -- "$1" && pwd) || die "no build directory $1"
users=${2:-100000}
runs=${3:-5}
server="$build/app/muster-server"
seeder="$build/benchmarks/sql/bench_seed_sqlite"
[ -x "$server" ] || die "$server is missing"
[ -x "$seeder" ] || die "$seeder is missing: build with -DMUSTER_BUILD_BENCHMARKS=ON"

data="$build/benchmarks/sql/startup-$users"
rm -rf -- "$data"
mkdir -p -- "$data"
chmod 700 "$data"
"$seeder" "$users" "$data/muster.db"
echo "startup: $users users in $data/muster.db ($(du -m "$data/muster.db" | cut -f1) MB)"

now_ns() {
    date +%s%N
}

pid=""
stop_server() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid"
        wait "$pid" 2>/dev/null || true
    fi
    pid=""
}
trap stop_server EXIT

# GET /healthz over bash's own TCP socket (a curl process would add its start-up to the time); true
# when the answer's status line says 200.
healthy_at() {
    local host=$1 port=$2 socket status
    exec {socket}<>"/dev/tcp/$host/$port" 2>/dev/null || return 1
    printf 'GET /healthz HTTP/1.1\r\nHost: %s:%s\r\nConnection: close\r\n\r\n' "$host" "$port" >&"$socket"
    IFS= read -r -t 5 status <&"$socket" || status=""
    exec {socket}>&-
    [[ "$status" == "HTTP/1."?" 200"* ]]
}

# One start: sets ready_ms (until the ready line) and healthy_ms (until the first healthy answer).
ready_ms=0
healthy_ms=0
served=""
measure_start() {
    if [ "${MUSTER_STARTUP_COLD:-0}" = 1 ]; then
        dd if="$data/muster.db" iflag=nocache count=0 status=none
    fi
    local started ready healthy line url host port
    started=$(now_ns)
    coproc SERVER { exec "$server" --data "$data" --port 0 2>&1; }
    pid=$SERVER_PID
    url=""
    while IFS= read -r -u "${SERVER[0]}" line; do
        case "$line" in
        *" serves "*) served=$line ;;
        *"SCIM base URL: "*)
            ready=$(now_ns)
            url=${line##*SCIM base URL: }
            break
            ;;
        esac
    done
    [ -n "$url" ] || die "muster-server ended before it was ready"
    [[ "$url" =~ ^https?://([^/:]+):([0-9]+) ]] || die "cannot read the port in $url"
    host=${BASH_REMATCH[1]}
    port=${BASH_REMATCH[2]}
    local tries=0
    until healthy_at "$host" "$port"; do
        tries=$((tries + 1))
        [ "$tries" -lt 5000 ] || die "GET /healthz on $host:$port never answered 200"
    done
    healthy=$(now_ns)
    stop_server
    ready_ms=$(((ready - started) / 1000000))
    healthy_ms=$(((healthy - started) / 1000000))
}

median() {
    sort -n | awk '{ values[NR] = $1 } END { print (NR % 2) ? values[(NR + 1) / 2] : (values[NR / 2] + values[NR / 2 + 1]) / 2 }'
}

measure_start
echo "startup: $served"
echo "startup: first start (creates the token file): ready ${ready_ms} ms, healthy ${healthy_ms} ms"
ready_times=()
healthy_times=()
for ((run = 1; run <= runs; run++)); do
    measure_start
    echo "startup: run $run: ready ${ready_ms} ms, healthy ${healthy_ms} ms"
    ready_times+=("$ready_ms")
    healthy_times+=("$healthy_ms")
done
echo "startup: median of $runs runs with $users users: ready $(printf '%s\n' "${ready_times[@]}" | median) ms," \
    "healthy $(printf '%s\n' "${healthy_times[@]}" | median) ms"
