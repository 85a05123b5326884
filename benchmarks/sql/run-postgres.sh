#!/usr/bin/env bash
# Runs bench_postgres against a throw-away PostgreSQL server, as the tests get theirs:
#
#   benchmarks/sql/run-postgres.sh <build dir> [bench_postgres arguments...]
#   e.g. benchmarks/sql/run-postgres.sh build -median 3
#
# tests/postgres/postgres-fixture.sh starts a cluster on a free 127.0.0.1 port (fsync off); the benchmark
# gets its URL in MUSTER_BENCH_POSTGRES_URL; the cluster is stopped and removed at the end, also on
# failure or Ctrl-C. Seeded databases outlive the cluster as dumps in the seed cache
# (<build>/benchmarks/sql/bench-cache/postgres, or $MUSTER_BENCH_CACHE/postgres): they are restored into
# the next cluster, so that a rerun does not seed again, and a new seed of a size replaces the old dump.
set -euo pipefail

die() {
    echo "run-postgres: error: $*" >&2
    exit 1
}

note() {
    echo "run-postgres: $*" >&2
}

[ $# -ge 1 ] || die "usage: $0 <build dir> [bench_postgres arguments...]"
here=$(cd -- "$(dirname -- "$0")" && pwd)
repo=$(cd -- "$here/../.." && pwd)
build=$(cd -- "$1" && pwd) || die "no build directory $1"
shift

bench="$build/benchmarks/sql/bench_postgres"
[ -x "$bench" ] || die "$bench is missing: build with -DMUSTER_BUILD_BENCHMARKS=ON"
fixture="$repo/tests/postgres/postgres-fixture.sh"
cluster="$build/benchmarks/sql/postgres-bench"
cache="${MUSTER_BENCH_CACHE:-$build/benchmarks/sql/bench-cache}"
dumps="$cache/postgres"
export MUSTER_BENCH_CACHE="$cache"

# The client tools of the server that the fixture runs (its newest installed major).
bindir="${MUSTER_POSTGRES_BINDIR:-$(dirname "$(printf '%s\n' /usr/lib/postgresql/*/bin/pg_restore | sort -V | tail -n 1)")}"
for tool in pg_restore pg_dump psql; do
    [ -x "$bindir/$tool" ] ||
        die "$tool not found in $bindir (install 'postgresql' or set MUSTER_POSTGRES_BINDIR)"
done

# shellcheck disable=SC2317 # run by the trap
stop_cluster() {
    bash "$fixture" stop "$cluster" >&2 || note "could not stop the cluster in $cluster"
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM

MUSTER_REQUIRE_POSTGRES=1 bash "$fixture" start "$cluster" >&2
url=$(cat "$cluster/url")
server=${url%/*} # postgres://muster@127.0.0.1:<port>

sql() {
    "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -At -d "$url" -c "$1"
}

mkdir -p "$dumps"
for dump in "$dumps"/muster_bench_*.dump; do
    [ -e "$dump" ] || continue
    name=$(basename "$dump" .dump)
    started=$(date +%s%N)
    sql "CREATE DATABASE $name"
    if ! "$bindir/pg_restore" --no-owner --exit-on-error -j 2 -d "$server/$name" "$dump"; then
        note "could not restore $dump; it is removed and the benchmark seeds again"
        sql "DROP DATABASE $name"
        rm -f -- "$dump"
        continue
    fi
    # As the seeding left it: statistics (which a dump does not carry) and the visibility map.
    "$bindir/psql" -X -q -d "$server/$name" -c "VACUUM ANALYZE"
    note "restored $name from $dump in $((($(date +%s%N) - started) / 1000000)) ms"
done

set +e
MUSTER_BENCH_POSTGRES_URL="$url" "$bench" "$@"
status=$?
set -e

# Seeds that the benchmark made in this run: dumped, each replacing older dumps of its size.
seeds=$(sql "SELECT datname FROM pg_database WHERE datname ~ '^muster_bench_users_[0-9]+_d[0-9]+_s[0-9a-f]+$'")
for name in $seeds; do
    [ -e "$dumps/$name.dump" ] && continue
    size_prefix=$(sed -E 's/^(muster_bench_users_[0-9]+)_.*/\1/' <<<"$name")
    if "$bindir/pg_dump" -Fc -Z 1 -d "$server/$name" -f "$dumps/$name.dump.partial"; then
        find "$dumps" -maxdepth 1 -name "${size_prefix}_*.dump" -delete
        mv -f -- "$dumps/$name.dump.partial" "$dumps/$name.dump"
        note "kept the seed $name in $dumps/$name.dump"
    else
        rm -f -- "$dumps/$name.dump.partial"
        note "could not dump $name; the next run seeds it again"
    fi
done
exit "$status"
