#!/usr/bin/env bash
# Read latency while a large Bulk load runs, on SQLite. Prints the p50/p99 of GET /Users/{id} (wrk) alone,
# then while 10,000 Bulk operations (POST /Users) are written: 10 Bulk requests of 1,000 operations,
# back to back, since muster-server takes at most 1,000 operations and 1 MiB per Bulk request and has
# no option to raise that.
#
#   benchmarks/http/bulk_read_latency.sh [-b build-dir] [-c connections]
#
# A first 10,000-operation run measures how long the load takes; wrk then reads for that long while a
# second run of the same size writes. Needs wrk and curl.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"
build=$here/../../build
connections=4
while getopts "b:c:h" option; do
    case "$option" in
    b) build=$OPTARG ;;
    c) connections=$OPTARG ;;
    *) sed -n '2,10p' "$0"; exit 2 ;;
    esac
done
server_binary=$(cd "$build" && pwd)/app/muster-server
bench_require wrk curl
bench_quiet_access_log

bench_work_folder

bench_start_sqlite_server "$server_binary" "$work"

scim() {
    curl -sS -H "Authorization: Bearer $MUSTER_BENCH_TOKEN" -H 'Content-Type: application/scim+json' "$@"
}
MUSTER_BENCH_USER_ID=$(scim -X POST "$base_url/Users" \
    -d '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"reader@example.com"}' |
    grep -oE '"id":"[^"]+"' | head -n 1 | cut -d'"' -f4)
export MUSTER_BENCH_USER_ID

# bulk_load PREFIX: 10 Bulk requests of 1,000 user creations; fails on any answer but 200 with 1,000 201s.
bulk_load() {
    local prefix=$1 request answer
    for request in $(seq 0 9); do
        awk -v prefix="$prefix-$request" 'BEGIN {
            printf "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":["
            for (i = 0; i < 1000; i++)
                printf "%s{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b%d\",\"data\":{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"%s-%d\",\"displayName\":\"Bulk user %d\"}}", (i ? "," : ""), i, prefix, i, i
            printf "]}"
        }' >"$work/bulk-$prefix.json"
        answer=$(scim -X POST "$base_url/Bulk" --data-binary "@$work/bulk-$prefix.json")
        if [ "$(grep -o '"status":"201"' <<<"$answer" | wc -l)" -ne 1000 ]; then
            echo "bulk_read_latency.sh: a Bulk request did not create 1,000 users: ${answer:0:300}" >&2
            return 1
        fi
    done
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
