#!/usr/bin/env bash
# Read latency while a large Bulk load runs, on SQLite. Prints the p50/p99 of GET /Users/{id} (wrk) alone,
# then while 10,000 Bulk operations (POST /Users) are written, in one request by default.
#
#   benchmarks/http/bulk_read_latency.sh [-b build-dir] [-B muster-server] [-c connections] [-r per-request]
#
# -r 1000 writes them as 10 requests of 1,000, back to back (for a server without --bulk-max-operations,
# which takes at most 1,000 operations and 1 MiB per request). A first 10,000-operation run measures how
# long the load takes; wrk then reads for that long while a second run of the same size writes. Needs
# wrk and curl.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"
build=$here/../../build
binary=
connections=4
per_request=10000
while getopts "b:B:c:r:h" option; do
    case "$option" in
    b) build=$OPTARG ;;
    B) binary=$OPTARG ;;
    c) connections=$OPTARG ;;
    r) per_request=$OPTARG ;;
    *) sed -n '2,11p' "$0"; exit 2 ;;
    esac
done
server_binary=${binary:-$(cd "$build" && pwd)/app/muster-server}
bench_require wrk curl
bench_quiet_access_log

bench_work_folder

# shellcheck disable=SC2046 # the options are words
bench_start_server "$server_binary" "$work" "sqlite:$work/muster.sqlite" $(bench_bulk_options "$per_request")

scim() {
    curl -sS -H "Authorization: Bearer $MUSTER_BENCH_TOKEN" -H 'Content-Type: application/scim+json' "$@"
}
MUSTER_BENCH_USER_ID=$(scim -X POST "$base_url/Users" \
    -d '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"reader@example.com"}' |
    grep -oE '"id":"[^"]+"' | head -n 1 | cut -d'"' -f4)
export MUSTER_BENCH_USER_ID

bulk_load() {
    bench_bulk_load "$base_url" "$1" 10000 "$per_request"
}

echo "load before measuring: $(uptime)" >&2
bench_wrk "$origin" "$here/get_user.lua" 1 "$connections" 10s
echo "GET alone:        ${WRK_RPS} req/s  p50 ${WRK_P50}  p99 ${WRK_P99}  errors ${WRK_ERRORS}"

start=$(date +%s.%N)
bulk_load first
seconds=$(awk -v start="$start" -v end="$(date +%s.%N)" 'BEGIN { printf "%d", end - start }')
echo "10,000 Bulk operations alone: ${seconds} s"
[ "$seconds" -ge 2 ] || seconds=2

bulk_load second &
bulk=$!
bench_wrk "$origin" "$here/get_user.lua" 1 "$connections" "$((seconds - 1))s"
wait "$bulk"
echo "GET during Bulk:  ${WRK_RPS} req/s  p50 ${WRK_P50}  p99 ${WRK_P99}  errors ${WRK_ERRORS}"
