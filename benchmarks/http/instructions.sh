#!/usr/bin/env bash
# Counts the instructions muster-server runs per request of one scenario, under callgrind: a figure that
# does not depend on the machine's load, for comparing two builds (or two commits) on a busy machine.
# A fresh server in a temporary data folder on a free 127.0.0.1 port (access log off), N users seeded
# through /Bulk, the scenario run once to warm the caches, the counters zeroed, the scenario run again,
# the counters dumped; the result is the instructions of every server thread divided by the requests.
# System calls are not counted (the kernel's share of a request shows in scim_load.sh's CPU time).
#
#   benchmarks/http/instructions.sh [-b build-dir | -B server-binary] [-s memory|sqlite] [-n users]
#                                   [-r rotated-ids] [-d seconds] [-S scenario]
#
# Defaults: ./build, sqlite, 10,000 users of which the first 300 are rotated (so that the warm-up reaches
# every one under valgrind's slowdown), 8 seconds, get_user. Needs valgrind, wrk and curl.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"
build=$here/../../build
server_binary=
store=sqlite
users=10000
rotated=300
seconds=8
scenario=get_user

while getopts "b:B:s:n:r:d:S:h" option; do
    case "$option" in
    b) build=$OPTARG ;;
    B) server_binary=$OPTARG ;;
    s) store=$OPTARG ;;
    n) users=$OPTARG ;;
    r) rotated=$OPTARG ;;
    d) seconds=$OPTARG ;;
    S) scenario=$OPTARG ;;
    *) sed -n '2,13p' "$0"; exit 2 ;;
    esac
done
server_binary=${server_binary:-$build/app/muster-server}
if [ ! -x "$server_binary" ]; then
    echo "instructions.sh: $server_binary is missing (pass -b or -B)" >&2
    exit 2
fi
script=$here/$scenario.lua
[ -f "$script" ] || { echo "instructions.sh: no scenario $script" >&2; exit 2; }
bench_require valgrind callgrind_control callgrind_annotate wrk curl
bench_quiet_access_log

bench_work_folder
case "$store" in
memory) store_url=memory ;;
sqlite) store_url=sqlite:$work/muster.sqlite ;;
*) echo "instructions.sh: unknown store \"$store\" (memory or sqlite)" >&2; exit 2 ;;
esac

# The server under callgrind; exec, so that $server is valgrind's PID, which callgrind_control names.
server_under_callgrind() {
    exec valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$server_binary" "$@"
}
bench_start_server server_under_callgrind "$work" "$store_url"
export MUSTER_BENCH_USERS=$users

"$here/seed.sh" -n "$users" -o "$work/ids" "$base_url" >&2
head -n "$rotated" "$work/ids" >"$work/rotated-ids"
export MUSTER_BENCH_IDS=$work/rotated-ids

wrk -t1 -c4 -d"${seconds}s" -s "$script" "$origin" >/dev/null
callgrind_control -z "$server" >/dev/null 2>&1
bench_wrk "$origin" "$script" 1 4 "${seconds}s"
callgrind_control -d "$server" >/dev/null 2>&1
dump=$(ls "$work"/callgrind.out.* | head -n1)
total=$(callgrind_annotate "$dump" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1; exit }')
echo "$store $scenario: $WRK_REQUESTS requests ($WRK_ERRORS errors), $((total / WRK_REQUESTS)) instructions per request"
