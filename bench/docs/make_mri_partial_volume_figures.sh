#!/usr/bin/env bash
# Regenerates the partial-volume pictures of docs/mri.md from the lesson scenarios/mri/partial-volume.yaml:
#   bash bench/docs/make_mri_partial_volume_figures.sh
# The lesson's 10 mm slice and the same scene with a 2 mm slice (image and truth of each), plus their metrics in
# docs/images/mri/partial-volume-metrics.txt (the shared metrics.txt of make_mri_figures.sh is left alone).
source "$(dirname "$0")/figures_common.sh" mri

shot partial-volume-10mm scenarios/mri/partial-volume.yaml
cp "$tmp/partial-volume-10mm/truth.png" "$out/partial-volume-10mm-truth.png"
shot partial-volume-2mm scenarios/mri/partial-volume.yaml --set mri.slice_mm=2
cp "$tmp/partial-volume-2mm/truth.png" "$out/partial-volume-2mm-truth.png"
for f in "$tmp"/partial-volume-*.log; do echo "== $(basename "$f" .log)"; grep -E "roi.*mean =|expect" "$f" || true; done \
    > "$out/partial-volume-metrics.txt"
echo "wrote the partial-volume pictures to $out"
