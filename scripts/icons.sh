#!/usr/bin/env bash
# Renders resources/icons/rolelens.svg into the PNG sizes the freedesktop icon theme
# specification lists for applications (hicolor). The PNGs are committed, so that neither the
# build nor a fresh machine needs an SVG renderer; run this after changing the SVG.
# Needs ImageMagick (apt-get install imagemagick).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 22 24 32 48 64 128 256 512; do
    # Rendered at 4 dots per pixel and scaled down: sharp edges at the small sizes too.
    convert -background none -density $((72 * 4 * size / 256)) rolelens.svg \
        -resize "${size}x${size}" -strip -depth 8 "PNG32:rolelens-${size}.png"
done
