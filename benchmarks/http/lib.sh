# Shell pieces shared by run.sh and scim_load.sh: sourced, not run.

bench_require() {
    local tool
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null; then
            echo "${0##*/}: $tool is not installed (Debian: apt-get install $tool)" >&2
            exit 2
        fi
    done
}

# The access log costs a line per request: off unless MUSTER_BENCH_ACCESS_LOG=1.
bench_quiet_access_log() {
    if [ "${MUSTER_BENCH_ACCESS_LOG:-0}" != 1 ]; then
        export QT_LOGGING_RULES="muster.http.info=false${QT_LOGGING_RULES:+;$QT_LOGGING_RULES}"
    fi
}

# bench_wait_for_port PORT PID LOG: until 127.0.0.1:PORT accepts (10 s at most); fails when PID exits.
bench_wait_for_port() {
    local port=$1 pid=$2 log=$3
    for _ in $(seq 100); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "${0##*/}: the server exited:" >&2
            cat "$log" >&2
            return 1
        fi
        sleep 0.1
    done
    echo "${0##*/}: nothing listens on port $port after 10 s" >&2
    return 1
}

# bench_wait_for_line PATTERN PID LOG: until LOG has a line matching the extended regex PATTERN (30 s at
# most), printed on stdout; fails when PID exits first.
bench_wait_for_line() {
    local pattern=$1 pid=$2 log=$3 line
    for _ in $(seq 300); do
        if line=$(grep -E -m1 "$pattern" "$log" 2>/dev/null); then
            printf '%s\n' "$line"
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "${0##*/}: the server exited:" >&2
            cat "$log" >&2
            return 1
        fi
        sleep 0.1
    done
    echo "${0##*/}: the server did not print /$pattern/ within 30 s:" >&2
    cat "$log" >&2
    return 1
}

# bench_stop PID: SIGTERM, then SIGKILL after 10 s; only the process that was started.
bench_stop() {
    local pid=$1
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# CPU time (user + system) that process PID has used so far, in clock ticks.
bench_cpu_ticks() {
    awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"
}

# wrk's latency ("512.00us", "1.20ms", "2.00s") in milliseconds.
bench_to_ms() {
    awk -v value="$1" 'BEGIN {
        number = value + 0
        if (value ~ /us$/) number /= 1000
        else if (value ~ /ms$/) number += 0
        else if (value ~ /s$/) number *= 1000
        printf "%.2f\n", number
    }'
}

# bench_wrk URL SCRIPT THREADS CONNECTIONS DURATION: runs wrk and sets WRK_RPS, WRK_P50 and WRK_P99 (as
# wrk prints them), WRK_REQUESTS (how many were answered), WRK_ERRORS (non-2xx/3xx answers plus socket
# errors, 0 when none) and WRK_OUTPUT.
bench_wrk() {
    local url=$1 script=$2 threads=$3 connections=$4 duration=$5 output
    output=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$script" "$url")
    WRK_RPS=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$output")
    WRK_P50=$(awk '$1 == "50%" { print $2 }' <<<"$output")
    WRK_P99=$(awk '$1 == "99%" { print $2 }' <<<"$output")
    WRK_REQUESTS=$(awk '$2 == "requests" && $3 == "in" { print $1 }' <<<"$output")
    WRK_ERRORS=$(awk '/Non-2xx or 3xx responses:/ { errors += $NF }
                      /Socket errors:/ { gsub(/[^0-9 ]/, " "); for (i = 1; i <= NF; i++) errors += $i }
                      END { print errors + 0 }' <<<"$output")
    WRK_OUTPUT=$output
}

# bench_work_folder: a temporary folder in $work, removed at exit, and the server started in it
# ($server) stopped then.
bench_work_folder() {
    work=$(mktemp -d)
    server=
    trap bench_clean_up EXIT
}

bench_clean_up() {
    [ -z "$server" ] || bench_stop "$server"
    rm -rf "$work"
}

# bench_start_server BINARY WORK STORE [OPTION...]: muster-server on STORE ("memory", "sqlite:...") with
# its data in the folder WORK, on a free 127.0.0.1 port, in the background ($server: its PID; log
# WORK/server.log). Waits for its base URL, then sets base_url and origin and exports
# MUSTER_BENCH_BASE_PATH and MUSTER_BENCH_TOKEN (the first start's token).
bench_start_server() {
    local binary=$1 work=$2 store=$3 line
    shift 3
    "$binary" --data "$work" --store "$store" --bind 127.0.0.1 --port 0 "$@" >"$work/server.log" 2>&1 &
    server=$!
    line=$(bench_wait_for_line 'SCIM base URL: ' "$server" "$work/server.log")
    base_url=${line#*SCIM base URL: }
    origin=$(sed -E 's#^(https?://[^/]+).*#\1#' <<<"$base_url")
    export MUSTER_BENCH_BASE_PATH=${base_url#"$origin"}
    MUSTER_BENCH_TOKEN=$(grep -oE -m1 'mst_[A-Za-z0-9_-]+' "$work/server.log")
    export MUSTER_BENCH_TOKEN
}

# bench_start_sqlite_server BINARY WORK: bench_start_server on SQLite in WORK.
bench_start_sqlite_server() {
    bench_start_server "$1" "$2" "sqlite:$2/muster.sqlite"
}

# bench_bulk_users PREFIX COUNT: a BulkRequest (on stdout) creating COUNT users PREFIX-0, PREFIX-1, ...
# with a userName, a displayName and one e-mail address each (about 300 bytes an operation).
bench_bulk_users() {
    awk -v prefix="$1" -v count="$2" 'BEGIN {
        printf "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":["
        for (i = 0; i < count; i++)
            printf "%s{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b%d\",\"data\":{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"%s-%d\",\"displayName\":\"Bulk user %d\",\"emails\":[{\"value\":\"%s-%d@example.com\",\"type\":\"work\"}]}}", (i ? "," : ""), i, prefix, i, i, prefix, i
        printf "]}"
    }'
}

# bench_bulk_load URL PREFIX TOTAL PER_REQUEST: creates TOTAL users through Bulk requests of PER_REQUEST
# operations, back to back; fails on any answer but 200 with one 201 per operation.
bench_bulk_load() {
    local url=$1 prefix=$2 total=$3 per_request=$4 first size answer file
    file=$(mktemp)
    for ((first = 0; first < total; first += per_request)); do
        size=$((total - first < per_request ? total - first : per_request))
        bench_bulk_users "$prefix-$first" "$size" >"$file"
        answer=$(curl -sS -H "Authorization: Bearer $MUSTER_BENCH_TOKEN" \
            -H 'Content-Type: application/scim+json' -X POST "$url/Bulk" --data-binary "@$file")
        if [ "$(grep -o '"status":"201"' <<<"$answer" | wc -l)" -ne "$size" ]; then
            echo "${0##*/}: a Bulk request did not create $size users: ${answer:0:300}" >&2
            rm -f "$file"
            return 1
        fi
    done
    rm -f "$file"
}

# The options that let one Bulk request carry N operations, for servers that have them.
bench_bulk_options() {
    local operations=$1
    if [ "$operations" -gt 1000 ]; then
        echo "--bulk-max-operations $operations --bulk-max-payload $((operations * 1024))"
    fi
}
