#!/usr/bin/env bash
# Runs Microsoft's Entra ID SCIM test collection (newman) against a freshly started muster-server.
# Usage: run-entra.sh <muster-server> <collection.json> <memory|sqlite> <work folder>
set -euo pipefail

server=$1
collection=$2
store_kind=$3
work=$4

mkdir -p "$work"
newman="$work/node/node_modules/.bin/newman"
if [ ! -x "$newman" ]; then
    npm install --prefix "$work/node" --no-audit --no-fund --loglevel=error newman@6 >/dev/null
fi

data=$(mktemp -d "$work/entra-data.XXXXXX")
case "$store_kind" in
memory) store=memory ;;
sqlite) store="sqlite:$data/muster.db" ;;
*) echo "unknown store kind: $store_kind" >&2; exit 2 ;;
esac

token=$("$server" token create --name "Entra ID conformance" --data "$data" | grep -o 'mst_[A-Za-z0-9_-]*')

# The server picks a free port itself (--port 0) and names it in its "SCIM base URL" line: a port chosen
# here could be taken meanwhile, also as the local port of another program's outgoing connection.
"$server" --data "$data" --store "$store" --bind 127.0.0.1 --port 0 >"$data/server.log" 2>&1 &
pid=$!
cleanup() {
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$data"
}
trap cleanup EXIT

port=
for _ in $(seq 1 300); do
    port=$(sed -n -E 's#^SCIM base URL: http://127\.0\.0\.1:([0-9]+)/.*#\1#p' "$data/server.log" | head -n1)
    [ -z "$port" ] || break
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "muster-server exited early:" >&2
        cat "$data/server.log" >&2
        exit 1
    fi
    sleep 0.1
done
[ -n "$port" ] || { echo "muster-server named no port within 30 s:" >&2; cat "$data/server.log" >&2; exit 1; }

"$newman" run "$collection" \
    --folder "Endpoint tests" --folder "User tests" --folder "Group tests" \
    --folder "ComplexAttribute tests" --folder "User tests with garbage" \
    --folder "Group tests with garbage" --folder "Teardown garbage" \
    --env-var Protocol=http --env-var Server=127.0.0.1 --env-var "Port=:$port" \
    --env-var Api=scim/v2 --env-var "token=$token" \
    --reporters cli --color off
