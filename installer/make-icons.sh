#!/usr/bin/env bash
# Draws the app icon into resources/icons/: a red rounded square with a yellow five-pointed star
# and "ĐV". dangvu.png (256 px) is the window icon and the Linux launcher icon; dangvu.ico holds
# 16 to 256 px for Windows, where the sizes up to 32 px show the star alone (letters that small
# are a smudge). Needs ImageMagick 6: apt-get install -y imagemagick. The icons are committed;
# run this only to change them.
set -euo pipefail
cd "$(dirname "$0")/.."

convert=/usr/bin/convert
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
red='#C8102E'
yellow='#FFDD00'
out=resources/icons
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The ten corners of a five-pointed star with its top point up: centre x y, outer radius.
star() {
    awk -v cx="$1" -v cy="$2" -v R="$3" 'BEGIN {
        pi = atan2(0, -1); r = R * 0.382
        for (i = 0; i < 10; i++) {
            a = -pi / 2 + i * pi / 5; d = (i % 2) ? r : R
            printf "%.1f,%.1f ", cx + d * cos(a), cy + d * sin(a)
        }
    }'
}

square() {
    "$convert" -size 256x256 xc:none -fill "$red" -draw "roundrectangle 6,6 249,249 40,40" "$@"
}

square -fill "$yellow" -draw "polygon $(star 128 90 66)" \
    -font "$font" -pointsize 86 -gravity south -annotate +0+18 'ĐV' "$work/full.png"
square -fill "$yellow" -draw "polygon $(star 128 138 118)" "$work/star.png"

mkdir -p "$out"
"$convert" "$work/full.png" -strip "$out/dangvu.png"
"$convert" "$work/full.png" \
    \( -clone 0 -resize 128x128 \) \( -clone 0 -resize 64x64 \) \( -clone 0 -resize 48x48 \) \
    \( "$work/star.png" -resize 32x32 \) \( "$work/star.png" -resize 24x24 \) \( "$work/star.png" -resize 16x16 \) \
    -strip "$out/dangvu.ico"
"$convert" "$out/dangvu.ico" -format '%f %wx%h\n' info:
