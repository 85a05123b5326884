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
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
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
    *) sed -n '2,12p' "$0"; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[ "${1:-}" = "--" ] && shift
if [ $# -eq 0 ]; then
    echo "run.sh: no server command given" >&2
    exit 2
fi
if ! command -v wrk >/dev/null; then
    echo "run.sh: wrk is not installed (Debian: apt-get install wrk)" >&2
    exit 2
fi

if [ "${MUSTER_BENCH_ACCESS_LOG:-0}" != 1 ]; then
    export QT_LOGGING_RULES="muster.http.info=false${QT_LOGGING_RULES:+;$QT_LOGGING_RULES}"
fi
log=$(mktemp)
"$@" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT

for _ in $(seq 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        break
    fi
    if ! kill -0 "$server" 2>/dev/null; then
        echo "run.sh: the server exited:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.1
done

echo "server: $*"
echo "wrk: -t$threads -c$connections -d$duration"
printf '%-16s %12s %10s %10s\n' scenario "requests/s" p50 p99
for scenario in $scenarios; do
    script="$here/$scenario.lua"
    [ -f "$script" ] || { echo "run.sh: no scenario $script" >&2; exit 2; }
    output=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$script" "http://127.0.0.1:$port")
    rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$output")
    p50=$(awk '$1 == "50%" { print $2 }' <<<"$output")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$output")
    errors=$(awk '/Non-2xx or 3xx responses:|Socket errors:/' <<<"$output")
    printf '%-16s %12s %10s %10s\n' "$scenario" "$rps" "$p50" "$p99"
    [ -z "$errors" ] || echo "  $errors"
done
