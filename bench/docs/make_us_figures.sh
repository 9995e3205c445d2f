#!/usr/bin/env bash
# Regenerates the pictures of docs/ultrasound.md from the project's own ultrasound lessons:
#   bash bench/docs/make_us_figures.sh
# Each figure is the image.png (or truth.png) of a lesson run, with the variant named in the file name; some runs
# widen the field of view (more lines) so the picture shows the artifact in context. MODALIS overrides the
# launcher (e.g. MODALIS="java -jar some/modalis.jar").
source "$(dirname "$0")/figures_common.sh" ultrasound

wide=(--set ultrasound.width_mm=24 --set ultrasound.lines=64 --set ultrasound.depth_mm=36 --set ultrasound.focus_mm=25)
shot liver scenarios/ultrasound/posterior-enhancement.yaml "${wide[@]}"
cp "$tmp/liver/truth.png" "$out/liver-truth.png"
shot comet-tail scenarios/ultrasound/reverberation.yaml --set ultrasound.width_mm=12 --set ultrasound.lines=48
shot mirror-image scenarios/ultrasound/mirror-image.yaml
shot side-lobes scenarios/ultrasound/side-lobes.yaml
shot grating-lobes scenarios/ultrasound/grating-lobes.yaml
shot grating-lobes-half-wavelength scenarios/ultrasound/grating-lobes.yaml --set ultrasound.pitch_mm=0.22
shot focus-at-wire scenarios/ultrasound/focus.yaml
shot focus-at-40mm scenarios/ultrasound/focus.yaml --set ultrasound.focus_mm=40
shot m-mode scenarios/ultrasound/m-mode.yaml
shot refraction scenarios/ultrasound/refraction.yaml
cp "$tmp/refraction/truth.png" "$out/refraction-truth.png"
shot refraction-straight scenarios/ultrasound/refraction.yaml --set ultrasound.refraction=false
shot focal-zones scenarios/ultrasound/focal-zones.yaml --set ultrasound.width_mm=12 --set ultrasound.lines=121
shot focal-zones-single scenarios/ultrasound/focal-zones.yaml --set ultrasound.width_mm=12 --set ultrasound.lines=121 --set 'ultrasound.focal_zones_mm=[]'
shot elevation-focus scenarios/ultrasound/elevation-focus.yaml
shot elevation-focus-deep scenarios/ultrasound/elevation-focus.yaml --set ultrasound.elevation_focus_mm=50 --set ultrasound.elevation_mm=8
pw=(--set ultrasound.width_mm=12 --set ultrasound.lines=121)
shot plane-waves scenarios/ultrasound/plane-waves.yaml "${pw[@]}"
shot plane-waves-one scenarios/ultrasound/plane-waves.yaml "${pw[@]}" --set ultrasound.plane_waves=1
shot plane-waves-focused scenarios/ultrasound/plane-waves.yaml "${pw[@]}" --set ultrasound.plane_waves=0
summarise "contrast|snr|fwhm|depth_error|lateral_shift|mean_db|penetration|expect"
