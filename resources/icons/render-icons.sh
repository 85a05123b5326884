#!/usr/bin/env bash
# Renders muster.svg into the committed icon files; run it after changing the SVG and commit the results.
#   hicolor/<n>x<n>/apps/muster.png  the freedesktop icon theme sizes (Linux packages)
#   muster.ico                       Windows: the executable, the installer and the window icon
#   muster.icns                      macOS: the app bundle
# Tools (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"

theme_sizes=(16 22 24 32 48 64 128 256 512)
ico_sizes=(16 24 32 48 64 128 256)
icns_sizes=(16 32 48 128 256 512)

for size in "${theme_sizes[@]}"; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" muster.svg --output "hicolor/${size}x${size}/apps/muster.png"
done

ico_inputs=()
for size in "${ico_sizes[@]}"; do
    # 256 is stored as PNG, as Windows expects; the smaller sizes as bitmaps for older readers.
    if [ "$size" -eq 256 ]; then ico_inputs+=(--raw="hicolor/${size}x${size}/apps/muster.png")
    else ico_inputs+=("hicolor/${size}x${size}/apps/muster.png"); fi
done
icotool --create --output muster.ico "${ico_inputs[@]}"

icns_inputs=()
for size in "${icns_sizes[@]}"; do icns_inputs+=("hicolor/${size}x${size}/apps/muster.png"); done
png2icns muster.icns "${icns_inputs[@]}" >/dev/null
