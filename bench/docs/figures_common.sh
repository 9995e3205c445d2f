# Sourced by the make_*_figures.sh scripts: `source bench/docs/figures_common.sh MODALITY`.
# Moves to the repository root, makes a temporary run folder ($tmp, removed on exit) and the picture folder
# $out = docs/images/MODALITY, and defines
#   shot NAME SCENARIO [--set ...]  runs the lesson and copies its image.png (and frames.png, if written) as NAME.png;
#   summarise PATTERN               writes the matching lines of every run's log to $out/metrics.txt.
# MODALIS overrides the launcher (e.g. MODALIS="java -jar some/modalis.jar").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
out=docs/images/$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

shot() { # name scenario [--set ...]
    local name=$1 scenario=$2; shift 2
    ${MODALIS:-./modalis} run "$scenario" --out "$tmp/$name" -q "$@" > "$tmp/$name.log"
    cp "$tmp/$name/image.png" "$out/$name.png"
    if [ -f "$tmp/$name/frames.png" ]; then cp "$tmp/$name/frames.png" "$out/$name-frames.png"; fi
}

summarise() { # extended regular expression of the metric lines to keep
    for f in "$tmp"/*.log; do echo "== $(basename "$f" .log)"; grep -E "$1" "$f" || true; done > "$out/metrics.txt"
    echo "wrote $(ls "$out" | wc -l) files to $out"
}
