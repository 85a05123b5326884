#!/usr/bin/env bash
# Starts a server command, waits for its port, runs wrk on each scenario and prints requests/s, p50 and
# p99 per scenario; stops the server at the end.
#
#   benchmarks/http/run.sh [-t threads] [-c connections] [-d duration] [-p port] [-s "scenario ..."] -- command...
#
# Scenarios are the .lua files beside this script, by name (default: constant). Examples:
#   benchmarks/http/run.sh -- build/benchmarks/http/bench_http_constant --port 18080 --workers 2
#   MUSTER_BENCH_TOKEN=... benchmarks/http/run.sh -s "get_user list_users filter_users" -- build/app/muster-server ...
# The access log is switched off (QT_LOGGING_RULES) unless MUSTER_BENCH_ACCESS_LOG=1.
# scim_load.sh does the whole SCIM measurement (server, seeding, every scenario, the constant route).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"
threads=1
connections=16
duration=10s
port=18080
scenarios=constant

while getopts "t:c:d:p:s:h" option; do
    case "$option" in
    t) threads=$OPTARG ;;
    c) connections=$OPTARG ;;
    d) duration=$OPTARG ;;
    p) port=$OPTARG ;;
    s) scenarios=$OPTARG ;;
    *) sed -n '2,13p' "$0"; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[ "${1:-}" = "--" ] && shift
if [ $# -eq 0 ]; then
    echo "run.sh: no server command given" >&2
    exit 2
fi
bench_require wrk

bench_quiet_access_log
log=$(mktemp)
"$@" >"$log" 2>&1 &
server=$!
trap 'bench_stop "$server"; rm -f "$log"' EXIT
bench_wait_for_port "$port" "$server" "$log"

echo "server: $*"
echo "wrk: -t$threads -c$connections -d$duration"
printf '%-16s %12s %10s %10s\n' scenario "requests/s" p50 p99
for scenario in $scenarios; do
    script="$here/$scenario.lua"
    [ -f "$script" ] || { echo "run.sh: no scenario $script" >&2; exit 2; }
    bench_wrk "http://127.0.0.1:$port" "$script" "$threads" "$connections" "$duration"
    printf '%-16s %12s %10s %10s\n' "$scenario" "$WRK_RPS" "$WRK_P50" "$WRK_P99"
    [ "$WRK_ERRORS" = 0 ] || echo "  $WRK_ERRORS errors (non-2xx answers or socket errors)"
done
