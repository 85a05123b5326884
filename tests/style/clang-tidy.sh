#!/usr/bin/env bash
# clang-tidy with the root .clang-tidy over Muster's core and server: their .cpp files, and the headers
# of core/ and server/ that these include (HeaderFilterRegex), compiled as a build folder's
# compile_commands.json says. Prints every finding and exits 1 when there is one.
#
#   tests/style/clang-tidy.sh [build-folder] [jobs]      (defaults: ./build, 2)
#
# Any configured build folder works (CMAKE_EXPORT_COMPILE_COMMANDS is on); generated sources (moc) must
# exist, so build it first. Needs clang-tidy (Debian: clang-tidy, which brings run-clang-tidy).
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$source_dir/build}" && pwd)
jobs=${2:-2}
runner=$(command -v run-clang-tidy || command -v run-clang-tidy-14 || true)
if [ -z "$runner" ]; then
    echo "clang-tidy.sh: run-clang-tidy not found" >&2
    exit 77
fi
if [ ! -f "$build/compile_commands.json" ]; then
    echo "clang-tidy.sh: no compile_commands.json in $build (configure it first)" >&2
    exit 2
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
# run-clang-tidy fails only when clang-tidy cannot run on a file; findings are counted below.
"$runner" -p "$build" -j "$jobs" -quiet "$source_dir/(core|server)/.*\\.cpp\$" >"$log" 2>&1 || {
    cat "$log"
    echo "clang-tidy.sh: clang-tidy failed on a file" >&2
    exit 2
}
# Each finding once (a header's appear once per file that includes it). run-clang-tidy 14 asks clang-tidy
# for colours (--use-color) even into a file: the escapes go before the pattern is matched.
findings=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^/.*:[0-9]+:[0-9]+: (warning|error):' | sort -u || true)
if [ -n "$findings" ]; then
    echo "$findings"
    echo "clang-tidy.sh: $(wc -l <<<"$findings") finding(s) in core/ and server/" >&2
    exit 1
fi
echo "clang-tidy.sh: no findings in core/ and server/"
