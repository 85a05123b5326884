#!/usr/bin/env bash
# Renders the README's screenshots into docs/screenshots: the main window in the light and the dark
# theme, the user dialog, the server panel and the request inspector, each 1280x800, over a demo
# directory (packaging/screenshots/DemoDirectory.cpp) with traffic from a pretend identity provider.
#
#   packaging/screenshots/take-screenshots.sh [build-dir]      (default: $MUSTER_BUILD_DIR or build)
#
# Needs xvfb-run (Debian: xvfb, which `.ci/setup bench` installs); optipng, when there, shrinks the PNGs.
# Nothing of the person's own Muster settings or data is read or written: the tool runs with settings
# and data folders of its own that are removed afterwards.
set -euo pipefail

cd "$(dirname "$0")/../.."
build_dir=${1:-${MUSTER_BUILD_DIR:-build}}
out=docs/screenshots

if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "take-screenshots.sh: xvfb-run is missing; install the xvfb package (.ci/setup bench does)" >&2
    exit 1
fi

configure=(-DMUSTER_BUILD_SCREENSHOTS=ON)
[ -f "$build_dir/CMakeCache.txt" ] || configure+=(-G Ninja -DCMAKE_BUILD_TYPE=Release)
cmake -S . -B "$build_dir" "${configure[@]}" >/dev/null
cmake --build "$build_dir" -j "${MUSTER_JOBS:-2}" --target muster-screenshots

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$out" "$scratch/config" "$scratch/data" "$scratch/runtime"
chmod 700 "$scratch/runtime"

# A real X server (not the offscreen platform), so that fonts, styles and palettes render as on a desktop.
XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime" \
    QT_QPA_PLATFORM=xcb LANG=C.UTF-8 \
    xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" \
    "$build_dir/packaging/screenshots/muster-screenshots" "$out"

if command -v optipng >/dev/null 2>&1; then
    optipng -quiet -o2 -strip all "$out"/*.png
else
    echo "take-screenshots.sh: optipng is not installed; the PNGs are left as Qt wrote them" >&2
fi
ls -l "$out"/*.png
