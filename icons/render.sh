#!/bin/sh
# Regenerates every raster icon from lintel.svg. Needs rsvg-convert (Debian: librsvg2-bin),
# ImageMagick's convert (imagemagick) and png2icns (icnsutils). Run from anywhere:
#   icons/render.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_icons="$here/../app/src/main/resources/dev/lintel/app/icons"
mkdir -p "$here/png" "$app_icons"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" "$here/lintel.svg" --output "$here/png/lintel-$size.png"
done
# Windows: one .ico holding the sizes Explorer and the taskbar pick from.
convert "$here/png/lintel-16.png" "$here/png/lintel-24.png" "$here/png/lintel-32.png" \
        "$here/png/lintel-48.png" "$here/png/lintel-64.png" "$here/png/lintel-128.png" \
        "$here/png/lintel-256.png" "$here/lintel.ico"
# macOS: png2icns takes the sizes the .icns format defines (16, 32, 48, 128, 256, 512).
png2icns "$here/lintel.icns" "$here/png/lintel-16.png" "$here/png/lintel-32.png" "$here/png/lintel-48.png" \
        "$here/png/lintel-128.png" "$here/png/lintel-256.png" "$here/png/lintel-512.png" >/dev/null
# The window's own icons (Stage.getIcons), from the class path.
for size in 16 32 48 64 128 256; do
    cp "$here/png/lintel-$size.png" "$app_icons/lintel-$size.png"
done
