#!/usr/bin/env bash
# A bounded soak of muster-server on SQLite: the mixed load of soak.lua at a steady rate for M minutes
# (default 10), measured minute by minute. Prints a line a minute (requests/s, p50, p99, errors, users in
# the directory, the server's RSS) and a summary: errors in all, the RSS growth from the end of minute 1
# (warm-up) to the end, and the range of p99 after the warm-up. The mix creates and deletes users in
# turn, so the directory keeps its size and whatever memory keeps growing is the server's.
#
#   benchmarks/http/soak.sh [-b build-dir] [-m minutes] [-c connections] [-D delay-ms] [-n users]
#
# Defaults: ./build, 10 minutes, 8 connections each sending a request every 20 ms (about 400/s),
# 1,000 seeded users. Needs wrk and curl.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"
build=$here/../../build
minutes=10
connections=8
delay_ms=20
users=1000
while getopts "b:m:c:D:n:h" option; do
    case "$option" in
    b) build=$OPTARG ;;
    m) minutes=$OPTARG ;;
    c) connections=$OPTARG ;;
    D) delay_ms=$OPTARG ;;
    n) users=$OPTARG ;;
    *) sed -n '2,10p' "$0"; exit 2 ;;
    esac
done
server_binary=$(cd "$build" && pwd)/app/muster-server
bench_require wrk curl
bench_quiet_access_log

bench_work_folder

bench_start_sqlite_server "$server_binary" "$work"
export MUSTER_BENCH_USERS=$users MUSTER_BENCH_IDS=$work/ids MUSTER_SOAK_DELAY_MS=$delay_ms
"$here/seed.sh" -n "$users" -o "$work/ids" "$base_url" >/dev/null

# The server's resident memory in KiB: all of it (VmRSS), anonymous (RssAnon: the heap, stacks) and
# file-backed (RssFile: the program, its libraries, and the SQLite file that SQLite maps).
rss_kib() {
    awk -v field="${1:-VmRSS}:" '$1 == field { print $2 }' "/proc/$server/status"
}

user_count() {
    curl -fsS -H "Authorization: Bearer $MUSTER_BENCH_TOKEN" "$base_url/Users?count=0" |
        sed -E 's/.*"totalResults":([0-9]+).*/\1/'
}

echo "load before the soak: $(uptime)" >&2
printf '%-6s %10s %10s %10s %7s %7s %8s %9s %9s\n' minute "req/s" p50 p99 errors users "RSS MiB" \
    "anon MiB" "file MiB"
total_errors=0
warm_rss=
p99_after_warm_up=
for minute in $(seq 1 "$minutes"); do
    bench_wrk "$origin" "$here/soak.lua" 1 "$connections" 60s
    rss=$(rss_kib)
    [ "$minute" -ne 1 ] || warm_rss=$rss
    [ "$minute" -eq 1 ] || p99_after_warm_up+="$(bench_to_ms "$WRK_P99") "
    total_errors=$((total_errors + WRK_ERRORS))
    printf '%-6s %10s %10s %10s %7s %7s %8.1f %9.1f %9.1f\n' "$minute" "$WRK_RPS" "$WRK_P50" "$WRK_P99" \
        "$WRK_ERRORS" "$(user_count)" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" \
        "$(awk -v k="$(rss_kib RssAnon)" 'BEGIN { print k / 1024 }')" \
        "$(awk -v k="$(rss_kib RssFile)" 'BEGIN { print k / 1024 }')"
done
kill -0 "$server" || { echo "soak.sh: the server died" >&2; exit 1; }
awk -v warm="$warm_rss" -v last="$rss" -v errors="$total_errors" -v p99s="$p99_after_warm_up" 'BEGIN {
    printf "errors: %d; RSS after warm-up %.1f MiB, at the end %.1f MiB (%+.1f MiB, %+.1f%%)\n",
        errors, warm / 1024, last / 1024, (last - warm) / 1024, (last - warm) * 100 / warm
    n = split(p99s, p99, " ")
    if (n > 0) {
        low = high = p99[1]
        for (i = 2; i <= n; i++) { if (p99[i] < low) low = p99[i]; if (p99[i] > high) high = p99[i] }
        printf "p99 after warm-up: %.1f to %.1f ms\n", low, high
    } }'
