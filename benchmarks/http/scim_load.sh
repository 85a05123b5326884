#!/usr/bin/env bash
# Measures muster-server over HTTP end to end and prints one Markdown table: requests/s, p50, p99 and the
# ratio to a bare QtHttpServer route that answers the same bytes as GET /Users/{id}, measured in the same
# run. For each store: a fresh server in a temporary data folder on a free 127.0.0.1 port (access log
# off), N users seeded through /Bulk, every scenario, the server stopped; then the constant routes.
#
#   benchmarks/http/scim_load.sh [-b build-dir] [-s "memory sqlite"] [-n users] [-t wrk-threads]
#                                [-c connections] [-d duration] [-w server-workers] [-S "scenario ..."]
#
# Defaults: build directory ./build, both stores, 10,000 users, wrk -t1 -c16 -d10s, the server's
# default worker count (one per core), scenarios get_user filter_users list_users page_users
# patch_user create_user. Needs wrk and curl; the build needs -DMUSTER_BUILD_BENCHMARKS=ON.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"
build=$here/../../build
stores="memory sqlite"
users=10000
threads=1
connections=16
duration=10s
workers=
scenarios="get_user filter_users list_users page_users patch_user create_user"

while getopts "b:s:n:t:c:d:w:S:h" option; do
    case "$option" in
    b) build=$OPTARG ;;
    s) stores=$OPTARG ;;
    n) users=$OPTARG ;;
    t) threads=$OPTARG ;;
    c) connections=$OPTARG ;;
    d) duration=$OPTARG ;;
    w) workers=$OPTARG ;;
    S) scenarios=$OPTARG ;;
    *) sed -n '2,12p' "$0"; exit 2 ;;
    esac
done
build=$(cd "$build" && pwd)
server_binary=$build/app/muster-server
constant_binary=$build/benchmarks/http/bench_http_constant
for binary in "$server_binary" "$constant_binary"; do
    if [ ! -x "$binary" ]; then
        echo "scim_load.sh: $binary is missing (build with -DMUSTER_BUILD_BENCHMARKS=ON, or pass -b)" >&2
        exit 2
    fi
done
bench_require wrk curl
bench_quiet_access_log

work=$(mktemp -d)
server=
cleanup() {
    [ -z "$server" ] || bench_stop "$server"
    rm -rf "$work"
}
trap cleanup EXIT

describe() {
    case "$1" in
    get_user) echo 'GET /Users/{id}, rotating ids' ;;
    filter_users) echo 'GET /Users?filter=userName eq "…", rotating names' ;;
    list_users) echo 'GET /Users?startIndex=1&count=100' ;;
    page_users) echo 'GET /Users?startIndex=k&count=100, rotating pages' ;;
    patch_user) echo 'PATCH /Users/{id}, replace title (204)' ;;
    create_user) echo 'POST /Users' ;;
    route) echo 'constant body, bare QHttpServer route (1 thread)' ;;
    transport) echo "constant body, Muster's HttpTransport" ;;
    *) echo "$1" ;;
    esac
}

target() {
    case "$1:$2" in
    *:get_user) echo '≥ 20,000/s, p50 < 1 ms, ≥ 0.6 of the route' ;;
    *:filter_users) echo '≥ 15,000/s' ;;
    *:list_users | *:page_users) echo '≥ 1,500/s' ;;
    sqlite:create_user) echo '≥ 3,000/s' ;;
    *) echo '' ;;
    esac
}

# Rows of "store|scenario|rps|p50|p99|cpu|errors", and the route's requests/s per store.
rows=()
declare -A route_rps

# start_server LOG PATTERN COMMAND...: starts COMMAND in the background (its PID in $server) and sets
# $line to the first line of its output matching PATTERN.
start_server() {
    local log=$1 pattern=$2
    shift 2
    : >"$log"
    "$@" >"$log" 2>&1 &
    server=$!
    line=$(bench_wait_for_line "$pattern" "$server" "$log")
}

# 12345.67 -> 12,346
thousands() {
    awk -v n="$1" 'BEGIN {
        s = sprintf("%.0f", n); out = ""
        while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
        print s out
    }'
}

# The server's CPU time per request is printed too: on a machine that other work shares, it varies less
# than requests/s.
measure() {
    local store=$1 scenario=$2 url=$3 script=$4 before cpu
    before=$(bench_cpu_ticks "$server")
    bench_wrk "$url" "$script" "$threads" "$connections" "$duration"
    cpu=$(awk -v ticks=$(($(bench_cpu_ticks "$server") - before)) -v hz="$(getconf CLK_TCK)" \
        -v requests="$WRK_REQUESTS" 'BEGIN { printf "%.0f", (requests > 0 ? ticks / hz * 1e6 / requests : 0) }')
    rows+=("$store|$scenario|$WRK_RPS|$(bench_to_ms "$WRK_P50")|$(bench_to_ms "$WRK_P99")|$cpu|$WRK_ERRORS")
    printf '  %-12s %10s req/s  p50 %-9s p99 %-9s server CPU %5s µs/request  errors %s\n' "$scenario" \
        "$WRK_RPS" "$WRK_P50" "$WRK_P99" "$cpu" "$WRK_ERRORS" >&2
}

worker_options=()
[ -z "$workers" ] || worker_options=(--workers "$workers")
echo "load before measuring: $(uptime)" >&2

for store in $stores; do
    data=$work/$store
    mkdir -p "$data"
    case "$store" in
    memory) store_url=memory ;;
    sqlite) store_url=sqlite:$data/muster.sqlite ;;
    *) echo "scim_load.sh: unknown store \"$store\" (memory or sqlite)" >&2; exit 2 ;;
    esac
    echo "$store: starting $server_binary" >&2
    start_server "$data/server.log" 'SCIM base URL: ' "$server_binary" --data "$data" --store "$store_url" \
        --bind 127.0.0.1 --port 0 "${worker_options[@]}"
    base_url=${line#*SCIM base URL: }
    origin=$(sed -E 's#^(https?://[^/]+).*#\1#' <<<"$base_url")
    export MUSTER_BENCH_BASE_PATH=${base_url#"$origin"}
    MUSTER_BENCH_TOKEN=$(grep -oE -m1 'mst_[A-Za-z0-9_-]+' "$data/server.log")
    export MUSTER_BENCH_TOKEN MUSTER_BENCH_USERS=$users MUSTER_BENCH_IDS=$data/ids

    seed_start=$(date +%s.%N)
    "$here/seed.sh" -n "$users" -o "$MUSTER_BENCH_IDS" "$base_url" >&2
    echo "  seeded $users users in $(awk -v s="$seed_start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s" >&2

    # The answer the constant routes send: this store's GET of a seeded user, byte for byte.
    curl -sS -o "$data/get-body.json" -H "Authorization: Bearer $MUSTER_BENCH_TOKEN" \
        "$base_url/Users/$(head -n1 "$MUSTER_BENCH_IDS")"
    echo "  GET /Users/{id} answers $(wc -c <"$data/get-body.json") bytes" >&2

    for scenario in $scenarios; do
        script=$here/$scenario.lua
        [ -f "$script" ] || { echo "scim_load.sh: no scenario $script" >&2; exit 2; }
        measure "$store" "$scenario" "$origin" "$script"
    done
    bench_stop "$server"
    server=

    # The same wrk script as GET by id (rotating paths, bearer header), against servers that answer
    # every path with the body above.
    start_server "$data/route.log" 'on port [0-9]+' "$constant_binary" --mode route --port 0 \
        --body-file "$data/get-body.json"
    port=$(sed -E 's/.*on port ([0-9]+).*/\1/' <<<"$line")
    measure "$store" route "http://127.0.0.1:$port" "$here/get_user.lua"
    route_rps[$store]=$WRK_RPS
    bench_stop "$server"
    server=
    start_server "$data/transport.log" 'on port [0-9]+' "$constant_binary" --mode transport --port 0 \
        --workers "${workers:-$(nproc)}" --body-file "$data/get-body.json"
    port=$(sed -E 's/.*on port ([0-9]+).*/\1/' <<<"$line")
    measure "$store" transport "http://127.0.0.1:$port" "$here/get_user.lua"
    bench_stop "$server"
    server=
done

echo
echo "wrk -t$threads -c$connections -d$duration, keep-alive, 127.0.0.1; $users users; muster-server" \
    "--workers ${workers:-"(default: $(nproc))"}; load after measuring: $(uptime | sed 's/.*load average: //')"
echo
echo "| Store | Scenario | Requests/s | p50 (ms) | p99 (ms) | × route | Server CPU (µs/request) | Errors | Target |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
for row in "${rows[@]}"; do
    IFS='|' read -r store scenario rps p50 p99 cpu errors <<<"$row"
    ratio=$(awk -v a="$rps" -v b="${route_rps[$store]:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$store" "$(describe "$scenario")" \
        "$(thousands "$rps")" "$p50" "$p99" "$ratio" "$cpu" "$errors" "$(target "$store" "$scenario")"
done
