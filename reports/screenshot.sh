#!/bin/sh
# Render an HTML report in headless Chromium and save a screenshot, to check
# by eye that the inline SVG charts paint.
#   reports/screenshot.sh report.html [out.png]
set -eu
html=${1:?usage: screenshot.sh report.html [out.png]}
out=${2:-${html%.html}.png}
chromium=${CHROMIUM:-chromium}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
case $html in /*) ;; *) html=$(pwd)/$html ;; esac
"$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
  --screenshot="$out" --window-size=1280,2000 "file://$html"
echo "$out"
