#!/usr/bin/env bash
# Regenerates the pictures of docs/ct.md from the project's own scenarios:
#   bash bench/docs/make_ct_figures.sh
# Each figure is the image.png (or raw.png) of a lesson run, with the variant named in the file name.
source "$(dirname "$0")/figures_common.sh" ct

shot head scenarios/ct/head.yaml
cp "$tmp/head/raw.png" "$out/head-sinogram.png"
cp "$tmp/head/truth.png" "$out/head-truth.png"
shot quality scenarios/ct/quality.yaml
shot beam-hardening scenarios/ct/beam-hardening.yaml
shot beam-hardening-corrected scenarios/ct/beam-hardening-corrected.yaml
shot view-aliasing scenarios/ct/view-aliasing.yaml
shot view-aliasing-1160 scenarios/ct/view-aliasing.yaml --set ct.views=1160
shot low-dose scenarios/ct/low-dose.yaml
shot low-dose-160mas scenarios/ct/low-dose.yaml --set ct.mas=160
shot photon-starvation scenarios/ct/photon-starvation.yaml
shot metal scenarios/ct/metal.yaml
shot ring scenarios/ct/ring.yaml
shot motion scenarios/ct/motion.yaml
shot partial-volume scenarios/ct/partial-volume.yaml
shot detector-undersampling scenarios/ct/detector-undersampling.yaml
shot detector-undersampling-fine scenarios/ct/detector-undersampling.yaml --set ct.bins=736 --set ct.bin_mm=1 --set ct.detector_offset=0.25
summarise "cupping_hu|streak_index_hu|ring_index_hu|roi.(centre|background|rod-[0-9.]+mm).(sd|max)_hu|starved|ctdi_vol|expect"
