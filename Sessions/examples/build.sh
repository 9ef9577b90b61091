#!/usr/bin/env bash
# Rebuilds the example sessions from their scripts (build-NAME.tandem gives
# NAME.json). A script is a plain Tandem script cut into meetings: a line
# "#@ YYYY-MM-DD HH:MM" starts one, and each meeting runs under faketime at
# its own date, so phases, gates, health ratings, notes and checkpoints carry
# the dates of a partnership followed over months. Without faketime a script
# still runs as it is (tandem -f SCRIPT), with every date today.
#
#   Sessions/examples/build.sh [-v] [OUTPUT_DIR]   (default: Sessions/examples)
#   -v shows what Tandem answers, meeting by meeting.
set -euo pipefail
verbose=
exec 3>/dev/null
if [ "${1:-}" = -v ]; then verbose=1; exec 3>&1; shift; fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-$here}
command -v faketime >/dev/null || { echo "build.sh needs faketime (apt-get install faketime)" >&2; exit 1; }
bin=${TANDEM_BIN:-$root/.build/debug/tandem}
[ -x "$bin" ] || (cd "$root" && swift build --product tandem >/dev/null)
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TZ=UTC NO_COLOR=1 TANDEM_HISTORY=/dev/null
for script in "$here"/build-*.tandem; do
    name=$(basename "$script" .tandem)
    name=${name#build-}
    rm -f "$out/$name.json"
    rm -f "$work"/meeting-*
    # One file per meeting, blank where the other meetings are, so that an
    # error's FILE:LINE is the line of the script; its date beside it.
    awk -v dir="$work" '
        /^#@ / { n++; base = sprintf("%s/meeting-%03d", dir, n); print $2 " " $3 > (base ".date")
                 for (i = 1; i <= NR; i++) print "" > (base ".tandem"); next }
        n > 0 { print > (base ".tandem") }
    ' "$script"
    for meeting in "$work"/meeting-*.tandem; do
        when=$(cat "${meeting%.tandem}.date")
        [ -z "$verbose" ] || echo "=== $(basename "$script") — $when"
        faketime -f "$when:00" "$bin" --sessions "$out" --prompts "$root/Prompts" -f "$meeting" >&3 2>"$work/error" || {
            sed "s|$meeting|$script|" "$work/error" >&2
            echo "build.sh: $(basename "$script") failed in the meeting of $when" >&2
            exit 1
        }
    done
    echo "built $out/$name.json"
done
