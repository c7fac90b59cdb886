#!/usr/bin/env bash
# Regenerates the README's screenshots with the window's own --screenshot option (no display
# needed). Run after scripts/run.sh has built the program once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="$root/build/release/app/rolelens"
out="$root/docs/screenshots"
mkdir -p "$out"
# A 1920 × 1080 screen at 100 %, where the window opens at the size its views are laid out for.
export QT_QPA_PLATFORM="offscreen:configfile=$root/scripts/screens/desktop-1920x1080.json"
export LANG=C.UTF-8 LANGUAGE=C
for palette in light dark; do
    "$app" --palette "$palette" --view browse --screenshot "$out/browse-$palette.png" social-media-manager
    "$app" --palette "$palette" --view compare --screenshot "$out/compare-$palette.png" \
        social-media-manager social-media-influencer community-manager
    "$app" --palette "$palette" --view metrics --screenshot "$out/metrics-$palette.png" \
        social-media-manager social-media-influencer social-media-marketer community-manager
    "$app" --palette "$palette" --view results --screenshot "$out/results-$palette.png" \
        social-media-manager social-media-influencer social-media-marketer community-manager
    "$app" --palette "$palette" --view advisor --screenshot "$out/advisor-$palette.png"
    "$app" --palette "$palette" --view self-check --screenshot "$out/self-check-$palette.png" \
        writing=strong communication=some empathy=some numbers-or-people=people \
        content-or-conversation=conversation
    "$app" --palette "$palette" --view map --screenshot "$out/map-$palette.png"
done 2> >(grep -vE 'XDG_RUNTIME_DIR|propagateSizeHints' >&2)
# Two of the other languages, with their longer words.
"$app" --lang fr --palette light --view advisor --screenshot "$out/advisor-fr.png" \
    2> >(grep -vE 'XDG_RUNTIME_DIR|propagateSizeHints' >&2)
"$app" --lang de --palette light --view compare --screenshot "$out/compare-de.png" \
    2> >(grep -vE 'XDG_RUNTIME_DIR|propagateSizeHints' >&2)
"$app" --lang de --palette dark --view map --screenshot "$out/map-de-dark.png" \
    2> >(grep -vE 'XDG_RUNTIME_DIR|propagateSizeHints' >&2)
echo "Screenshots written to $out"
