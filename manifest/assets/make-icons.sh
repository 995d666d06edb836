#!/usr/bin/env bash
# Draws the add-in's icons (a calm blue shield with a white tick) in every size the manifest names:
# 16, 32, 80 (desktop button), 64, 128 (add-in icon), 25, 32, 48 at scales 1-3 (mobile button), and the
# unified manifest's app-package icons: color 192 and outline 32 (white shield and tick on transparency).
# Needs ImageMagick 6 from Debian (apt-get install -y imagemagick). The PNGs are committed; run this
# only to change the design. The API serves this folder at /assets/.
set -euo pipefail
cd "$(dirname "$0")"

master=$(mktemp --suffix=.png)
outline=$(mktemp --suffix=.png)
trap 'rm -f "$master" "$outline"' EXIT

# 512 x 512 master: shield outline as a path, then the tick as a thick polyline.
/usr/bin/convert -size 512x512 xc:none \
  -fill '#1F5FA8' -stroke none \
  -draw "path 'M 256,40 L 440,104 L 440,240 C 440,360 360,440 256,480 C 152,440 72,360 72,240 L 72,104 Z'" \
  -fill none -stroke '#FFFFFF' -strokewidth 44 -draw "stroke-linecap round stroke-linejoin round polyline 168,262 230,324 350,196" \
  "$master"

# The same shield as a white outline, for the unified manifest's outline icon.
/usr/bin/convert -size 512x512 xc:none \
  -fill none -stroke '#FFFFFF' -strokewidth 36 \
  -draw "path 'M 256,40 L 440,104 L 440,240 C 440,360 360,440 256,480 C 152,440 72,360 72,240 L 72,104 Z'" \
  -strokewidth 44 -draw "stroke-linecap round stroke-linejoin round polyline 168,262 230,324 350,196" \
  "$outline"
/usr/bin/convert "$outline" -filter Lanczos -resize 32x32 -strip -depth 8 -define png:exclude-chunks=date,time outline-32.png

for size in 16 25 32 48 50 64 75 80 96 128 144 192; do
  /usr/bin/convert "$master" -filter Lanczos -resize "${size}x${size}" -strip \
    -depth 8 -define png:exclude-chunks=date,time "icon-${size}.png"
done
echo "icons written: $(ls icon-*.png | tr "\n" " ")"
