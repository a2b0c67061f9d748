#!/usr/bin/env bash
# Regenerate docs/screenshots/ on a real X server (issue 13 item 9): Xvfb at
# 1366×768, Qt's xcb platform (what a worker's Linux desktop uses, not the
# offscreen one the test suite uses), every view and form state the screenshot
# tests walk, in Chinese and English. The tests also check what each image shows.
#
#   scripts/screenshots.sh            # all of them
#   scripts/screenshots.sh -k today   # pytest's own selection, passed through
#
# Needs Xvfb (Debian/Ubuntu: apt-get install xvfb; .ci/run installs it).
# Look at the images afterwards: they are the README's and docs' pictures.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"
if ! command -v Xvfb >/dev/null 2>&1; then
    echo "scripts/screenshots.sh needs Xvfb (apt-get install xvfb)" >&2
    exit 3
fi
fifo="$(mktemp -u)"
mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$fifo"' EXIT
read -r display <"$fifo"
echo "Xvfb on :$display"
DISPLAY=":$display" QT_QPA_PLATFORM=xcb CASEAPP_UPDATE_SCREENSHOTS=1 \
    "$PY" -m pytest -q -p no:cacheprovider \
    tests/ui/test_screenshots.py \
    tests/ui/test_evidence_editor_layout.py \
    tests/ui/test_offer_screenshots.py \
    tests/ui/test_road_view.py \
    tests/ui/test_employment_end.py \
    "$@"
echo "written to docs/screenshots/ — open and look at each one"
