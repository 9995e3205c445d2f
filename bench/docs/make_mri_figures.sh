#!/usr/bin/env bash
# Regenerates the pictures of docs/mri.md from the project's own MRI lessons:
#   bash bench/docs/make_mri_figures.sh
# Each figure is the image.png (or raw.png / truth.png) of a lesson run, with the variant named in the file name.
source "$(dirname "$0")/figures_common.sh" mri

shot brain-t1 scenarios/mri/brain-t1.yaml
cp "$tmp/brain-t1/raw.png" "$out/brain-t1-kspace.png"
cp "$tmp/brain-t1/truth.png" "$out/brain-t1-truth.png"
shot brain-t2 scenarios/mri/brain-t2.yaml
shot flair scenarios/mri/flair.yaml
shot stir scenarios/mri/stir.yaml
shot wrap-around scenarios/mri/wrap-around.yaml
shot gibbs scenarios/mri/gibbs.yaml
shot gibbs-hann scenarios/mri/gibbs.yaml --set mri.window=hann
shot chemical-shift scenarios/mri/chemical-shift.yaml
shot chemical-shift-400hz scenarios/mri/chemical-shift.yaml --set mri.bandwidth_hz_per_pixel=400
shot motion-ghosts scenarios/mri/motion-ghosts.yaml
shot noise-bandwidth scenarios/mri/noise-bandwidth.yaml
shot noise-nex4 scenarios/mri/noise-bandwidth.yaml --set mri.nex=4
shot radial-streaks scenarios/mri/radial-streaks.yaml
shot radial-402 scenarios/mri/radial-streaks.yaml --set mri.spokes=402
shot rf-spike scenarios/mri/rf-spike.yaml
cp "$tmp/rf-spike/raw.png" "$out/rf-spike-kspace.png"
shot zipper scenarios/mri/zipper.yaml
shot off-resonance scenarios/mri/off-resonance.yaml
shot rician-floor scenarios/mri/rician-floor.yaml
shot coil-shading scenarios/mri/coil-shading.yaml
shot sense-g-factor scenarios/mri/sense-g-factor.yaml
shot coil-shading-all scenarios/mri/coil-shading.yaml --set mri.coils.failed=0
shot fse-etl32 scenarios/mri/fse-t2-blurring.yaml
cp "$tmp/fse-etl32/raw.png" "$out/fse-etl32-kspace.png"
shot fse-etl4 scenarios/mri/fse-t2-blurring.yaml --set mri.etl=4
for seq in fid se ste; do
    ./modalis bloch --sequence "$seq" --out "$tmp/bloch-$seq" > "$tmp/bloch-$seq.log"
    cp "$tmp/bloch-$seq/bloch.png" "$out/bloch-$seq.png"
done
summarise "roi.(white-matter|grey-matter|csf|fat|streaks|artifact|zipper|beside-zipper|left-wm|right-wm).mean =|roi.csf.snr|marker_shift|g_factor|echoes|roi.white-matter.snr|fat_shift|ghost_to_signal|gibbs_overshoot|background_mean_over_sd|expect"
