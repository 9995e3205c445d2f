#!/usr/bin/env bash
# Regenerates the pictures of docs/xray.md from the project's own X-ray lessons:
#   bash bench/docs/make_xray_figures.sh
# Each figure is the image.png (or frames.png) of a lesson run, with the variant named in the file name.
source "$(dirname "$0")/figures_common.sh" xray

shot exposure-index scenarios/xray/exposure-index.yaml
shot exposure-index-16mas scenarios/xray/exposure-index.yaml --set xray.mas=16
shot exposure-index-2mas scenarios/xray/exposure-index.yaml --set xray.mas=2
shot heel-effect scenarios/xray/heel-effect.yaml --set xray.cols=120 --set xray.pixel_mm=2
shot scatter-grid scenarios/xray/scatter-grid.yaml
shot scatter-no-grid scenarios/xray/scatter-grid.yaml --set xray.grid=none
shot scatter-stationary-grid scenarios/xray/scatter-grid.yaml --set xray.grid=stationary --set xray.pixel_mm=0.2 --set xray.cols=800 --set xray.rows=100
shot fluoroscopy scenarios/xray/fluoroscopy-pulse-rate.yaml
shot fluoroscopy-no-lag scenarios/xray/fluoroscopy-pulse-rate.yaml --set xray.lag_alpha=1
shot dsa scenarios/xray/dsa-motion.yaml --set xray.rows=120
shot dsa-motion-1mm scenarios/xray/dsa-motion.yaml --set xray.rows=120 --set xray.patient_shift_mm=1
