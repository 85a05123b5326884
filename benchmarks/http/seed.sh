#!/usr/bin/env bash
# Creates N typical users on a running Muster server through /Bulk (1,000 per request) and writes their
# ids, one a line in creation order, to a file that the scenarios rotate over (MUSTER_BENCH_IDS).
# User i (0 <= i < N) is user<i>@example.com, with the attributes of benchmarks/core's typical user.
#
#   MUSTER_BENCH_TOKEN=mst_... benchmarks/http/seed.sh [-n users] [-b per-request] -o ids-file BASE-URL
#
# BASE-URL is the server's SCIM base URL, e.g. http://127.0.0.1:8080/scim/v2. Needs curl.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"
users=10000
batch=1000
ids_file=

while getopts "n:b:o:h" option; do
    case "$option" in
    n) users=$OPTARG ;;
    b) batch=$OPTARG ;;
    o) ids_file=$OPTARG ;;
    *) sed -n '2,8p' "$0"; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
base_url=${1:-}
if [ -z "$base_url" ] || [ -z "$ids_file" ]; then
    sed -n '2,8p' "$0" >&2
    exit 2
fi
bench_require curl awk

auth=()
[ -n "${MUSTER_BENCH_TOKEN:-}" ] && auth=(-H "Authorization: Bearer $MUSTER_BENCH_TOKEN")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: >"$ids_file"

for ((first = 0; first < users; first += batch)); do
    last=$((first + batch < users ? first + batch : users))
    awk -v first="$first" -v last="$last" 'BEGIN {
        printf "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"failOnErrors\":1,\"Operations\":["
        for (i = first; i < last; i++) {
            printf "%s{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u%d\",\"data\":{", (i > first ? "," : ""), i
            printf "\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],"
            printf "\"userName\":\"user%d@example.com\",\"externalId\":\"ext-%d\",", i, i
            printf "\"name\":{\"givenName\":\"Given%d\",\"familyName\":\"Family%d\"},\"displayName\":\"Given%d Family%d\",", i, i, i, i
            printf "\"emails\":[{\"value\":\"user%d@example.com\",\"type\":\"work\",\"primary\":true},{\"value\":\"user%d@home.example\",\"type\":\"home\"}],", i, i
            printf "\"phoneNumbers\":[{\"value\":\"+1 555 %07d\",\"type\":\"work\"}],\"title\":\"Engineer\",\"active\":true,", i
            printf "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":{\"employeeNumber\":\"%d\",\"department\":\"%s\"}}}", i, (i % 2 ? "Sales" : "R&D")
        }
        printf "]}"
    }' >"$work/request.json"
    status=$(curl -sS -o "$work/response.json" -w '%{http_code}' -X POST "${auth[@]}" \
        -H "Content-Type: application/scim+json" --data-binary "@$work/request.json" "$base_url/Bulk")
    # Each operation's answer carries its location, .../Users/<id>; the order is the request's.
    grep -oE '"location" *: *"[^"]*/Users/[^"]*"' "$work/response.json" | sed -E 's#.*/Users/([^"]*)"$#\1#' \
        >"$work/ids" || true
    created=$(wc -l <"$work/ids")
    if [ "$status" != 200 ] || [ "$created" -ne $((last - first)) ]; then
        echo "seed.sh: users $first..$((last - 1)): HTTP $status, $created of $((last - first)) created:" >&2
        head -c 2000 "$work/response.json" >&2
        echo >&2
        exit 1
    fi
    cat "$work/ids" >>"$ids_file"
done
echo "seed.sh: $users users created, ids in $ids_file"
