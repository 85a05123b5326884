#!/usr/bin/env bash
# Time to create N users through /Bulk, end to end over HTTP, on SQLite or on a throw-away PostgreSQL
# cluster (tests/postgres/postgres-fixture.sh: initdb on a free 127.0.0.1 port, fsync off).
#
#   benchmarks/http/bulk_create.sh [-b build-dir] [-B muster-server] [-s sqlite|postgres] [-n users]
#                                  [-r per-request] [-k runs]
#
# Defaults: SQLite, 10,000 users in one request (-r 10000), 3 runs on one fresh server, each with new
# users. For a server without --bulk-max-operations (older builds take 1,000 operations per request),
# give -r 1000. Prints one line per run: wall seconds, users/s, and the server's CPU seconds (from
# /proc/<pid>/stat), which a machine that other work shares moves less than the wall time. Needs curl.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"
build=$here/../../build
binary=
store=sqlite
users=10000
per_request=
runs=3
while getopts "b:B:s:n:r:k:h" option; do
    case "$option" in
    b) build=$OPTARG ;;
    B) binary=$OPTARG ;;
    s) store=$OPTARG ;;
    n) users=$OPTARG ;;
    r) per_request=$OPTARG ;;
    k) runs=$OPTARG ;;
    *) sed -n '2,12p' "$0"; exit 2 ;;
    esac
done
per_request=${per_request:-$users}
binary=${binary:-$(cd "$build" && pwd)/app/muster-server}
bench_require curl awk
bench_quiet_access_log
bench_work_folder

# shellcheck disable=SC2046 # the options are words
case "$store" in
sqlite) bench_start_server "$binary" "$work" "sqlite:$work/muster.sqlite" $(bench_bulk_options "$per_request") ;;
postgres)
    fixture=$here/../../tests/postgres/postgres-fixture.sh
    MUSTER_REQUIRE_POSTGRES=1 bash "$fixture" start "$work/postgres" >&2
    trap 'bench_clean_up_postgres' EXIT
    bench_clean_up_postgres() {
        [ -z "$server" ] || bench_stop "$server"
        bash "$fixture" stop "$work/postgres" >&2 || true
        rm -rf "$work"
    }
    bench_start_server "$binary" "$work" "$(cat "$work/postgres/url")" $(bench_bulk_options "$per_request")
    ;;
*) echo "bulk_create.sh: -s sqlite or -s postgres" >&2; exit 2 ;;
esac

echo "load before measuring: $(uptime)" >&2
ticks_per_second=$(getconf CLK_TCK)
for run in $(seq "$runs"); do
    start=$(date +%s.%N)
    ticks=$(bench_cpu_ticks "$server")
    bench_bulk_load "$base_url" "run$run" "$users" "$per_request"
    awk -v start="$start" -v end="$(date +%s.%N)" -v users="$users" -v per="$per_request" -v store="$store" \
        -v cpu="$(($(bench_cpu_ticks "$server") - ticks))" -v hz="$ticks_per_second" \
        'BEGIN { printf "%s: %d users in requests of %d: %.2f s, %.0f users/s, server CPU %.2f s\n",
                 store, users, per, end - start, users / (end - start), cpu / hz }'
done
echo "load after measuring: $(uptime)" >&2
