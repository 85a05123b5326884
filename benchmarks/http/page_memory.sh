#!/usr/bin/env bash
# Peak memory of muster-server while it answers one large page: N users are seeded, the peak is reset
# (/proc/PID/clear_refs), GET /Users?count=N is answered R times, and the growth of the peak resident
# set over the resident set before is printed, with the answer's size. Linux only; needs curl.
#
#   benchmarks/http/page_memory.sh -b BUILD-DIR [-s memory|sqlite] [-n users] [-r requests]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"
build=
store=memory
users=10000
requests=3
while getopts "b:s:n:r:h" option; do
    case "$option" in
    b) build=$OPTARG ;;
    s) store=$OPTARG ;;
    n) users=$OPTARG ;;
    r) requests=$OPTARG ;;
    *) sed -n '2,7p' "$0"; exit 2 ;;
    esac
done
[ -n "$build" ] || { sed -n '2,7p' "$0" >&2; exit 2; }
bench_require curl
bench_quiet_access_log

bench_work_folder

case "$store" in
memory) store_url=memory ;;
sqlite) store_url=sqlite:$work/muster.sqlite ;;
*) echo "page_memory.sh: unknown store \"$store\"" >&2; exit 2 ;;
esac
bench_start_server "$build/app/muster-server" "$work" "$store_url" --max-results "$users"
token=$MUSTER_BENCH_TOKEN
"$here/seed.sh" -n "$users" -o "$work/ids" "$base_url" >&2

kib() { awk -v field="$1:" '$1 == field { print $2 }' "/proc/$server/status"; }
echo 5 >"/proc/$server/clear_refs" # the peak starts again from the current resident set
before=$(kib VmRSS)
for _ in $(seq "$requests"); do
    bytes=$(curl -sS -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $token" \
        "$base_url/Users?count=$users")
done
peak=$(kib VmHWM)
awk -v s="$store" -v n="$users" -v b="$bytes" -v before="$before" -v peak="$peak" 'BEGIN {
    printf "%s, %d users: answer %.1f MiB; resident %.1f MiB before, peak %.1f MiB while answering (+%.1f MiB, %.2f x the answer)\n",
        s, n, b / 1048576, before / 1024, peak / 1024, (peak - before) / 1024, (peak - before) * 1024 / b }'
