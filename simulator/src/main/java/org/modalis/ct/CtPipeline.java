package org.modalis.ct;

import org.modalis.ct.acquisition.CtAcquisition;
import org.modalis.ct.acquisition.CtRawData;
import org.modalis.ct.acquisition.NoiseFreeProjection;
import org.modalis.ct.acquisition.TubeBeam;
import org.modalis.ct.acquisition.WaterCalibration;
import org.modalis.ct.recon.Backprojector;
import org.modalis.ct.recon.CpuBackprojector;
import org.modalis.ct.recon.Fbp;
import org.modalis.ct.recon.RedundancyWeighting;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.phantom.Voxelizer;
import org.modalis.physics.Rng;
import org.modalis.physics.XraySpectrum;
import org.modalis.pipeline.Progress;
import org.modalis.pipeline.Trace;
import org.modalis.tissue.CompositionMaterial;
import org.modalis.tissue.Tissue;
import org.modalis.tissue.TissueCatalog;

/**
 * One CT experiment, stage by stage, as a scanner does it: spectrum → acquisition (projection, detector,
 * noise, log) → pre-processing (water beam-hardening correction) → filtered backprojection → HU
 * calibration; then the truth at the beam's effective energy, the dose and the metrics. Each stage is
 * timed in the {@link Trace}. The acquisition is two stages: the noise-free projection ("acquire", the
 * expensive one) and the detector's gains, noise and log ("detect"); the projection and the truth come from
 * a {@link CtStageMemo} when the previous run had the same inputs.
 */
public final class CtPipeline {

    /** Sub-samples per pixel side when rasterizing the truth: partial volume within 1/32 of a pixel². */
    private static final int TRUTH_SUPERSAMPLE = 4;

    private final TissueCatalog tissues;
    private final TubeBeam tube;
    private final Backprojector backprojector;
    private final String backend;
    private final CtStageMemo memo;

    /** A pipeline reconstructing with the CPU backprojector. */
    public CtPipeline(TissueCatalog tissues) {
        this(tissues, new CpuBackprojector(), "cpu");
    }

    /**
     * @param backprojector the backprojection twin to use (CPU, or the GL twin from the gpu package)
     * @param backend       how the trace names it, e.g. "cpu" or "gpu: NVIDIA H100/PCIe"
     */
    public CtPipeline(TissueCatalog tissues, Backprojector backprojector, String backend) {
        this(tissues, backprojector, backend, new CtStageMemo());
    }

    /**
     * A pipeline that reuses the noise-free stages of earlier runs kept in {@code memo} when their inputs
     * are unchanged (the viewer keeps one memo across edits); the outputs are the same bytes either way.
     */
    public CtPipeline(TissueCatalog tissues, Backprojector backprojector, String backend, CtStageMemo memo) {
        this.memo = memo;
        this.tissues = tissues;
        this.tube = new TubeBeam(tissues);
        this.backprojector = backprojector;
        this.backend = backend;
    }

    public CtResult run(CtJob job, Progress progress) {
        Trace trace = new Trace();
        XraySpectrum spectrum = trace.time("spectrum", "cpu", () -> tube.spectrum(job.protocol().beam()));
        CtAcquisition acquisition = new CtAcquisition(job.phantom(), job.scanner(), job.protocol(), spectrum,
                material("water"), material("air"));
        progress.start("acquire", job.protocol().views());
        NoiseFreeProjection projection = trace.time("acquire", "cpu", () -> memo.projection(job.phantom(), job.scanner(),
                job.protocol(), () -> acquisition.project(v -> progress.advance(1))));
        progress.finish();
        CtRawData raw = trace.time("detect", "cpu", () -> acquisition.detect(projection, new Rng(job.seed())));
        WaterCalibration cal = raw.calibration();
        Sinogram prepared = trace.time("preprocess", "cpu", () -> preprocess(raw, job.recon().waterBhc()));
        Grid grid = Grid.square(job.recon().size(), job.recon().fovM(), job.protocol().sliceM());
        progress.start("reconstruct", 1);
        Fbp fbp = new Fbp(backprojector, RedundancyWeighting.PARKER);
        Image mu = trace.time("reconstruct", backend, () -> fbp.reconstruct(prepared, grid, job.recon().window(),
                job.recon().cutoff()));
        progress.finish();
        HounsfieldScale scale = new HounsfieldScale(cal.muWater(), cal.muAir());
        Image image = trace.time("calibrate", "cpu", () -> toHu(mu, scale));
        Image truth = trace.time("truth", "cpu", () -> memo.truth(job.phantom(), grid, cal.effectiveEnergyKev(), scale,
                () -> truth(job, grid, cal, scale)));
        CtDose dose = CtDose.estimate(spectrum, job.protocol().exposureMas(), job.scanner().sourceIsoM(),
                job.protocol().sliceM(), job.phantom().radius(), (CompositionMaterial) material("pmma"));
        var metrics = trace.time("metrics", "cpu", () -> new CtMetrics(job, image, truth, raw, dose).measure());
        return new CtResult(raw, image, truth, scale, dose, metrics, trace);
    }

    /** The sinogram the reconstruction sees: raw line integrals, or their water-corrected values. */
    static Sinogram preprocess(CtRawData raw, boolean waterBhc) {
        if (!waterBhc) {
            return raw.sinogram();
        }
        float[] p = raw.sinogram().data();
        float[] out = new float[p.length];
        WaterCalibration cal = raw.calibration();
        int bins = raw.sinogram().geometry().bins();
        java.util.stream.IntStream.range(0, raw.sinogram().geometry().views()).parallel().forEach(v -> {
            for (int i = v * bins; i < (v + 1) * bins; i++) {
                out[i] = (float) cal.correct(p[i]);
            }
        });
        return new Sinogram(raw.sinogram().geometry(), out);
    }

    private static Image toHu(Image mu, HounsfieldScale scale) {
        float[] data = mu.data().clone();
        scale.toHu(data);
        return new Image(mu.grid(), data, "CT number", "HU", new Window(40, 400));
    }

    /** The phantom's μ at the effective energy, rasterized with partial volume, in HU. */
    private Image truth(CtJob job, Grid grid, WaterCalibration cal, HounsfieldScale scale) {
        double[] mu = new double[job.phantom().tissues().size()];
        for (int t = 0; t < mu.length; t++) {
            mu[t] = job.phantom().tissues().get(t).xray().mu(cal.effectiveEnergyKev());
        }
        float[] data = Voxelizer.rasterize(job.phantom(), grid, TRUTH_SUPERSAMPLE, mu);
        // Outside the phantom is vacuum, in the acquisition as here (−1000 HU less μ_air's small share).
        scale.toHu(data);
        return new Image(grid, data, "CT number (truth)", "HU", new Window(40, 400));
    }

    private org.modalis.tissue.XrayMaterial material(String name) {
        Tissue t = tissues.find(name).orElseThrow(() -> new IllegalStateException("tissue library lacks '" + name + "'"));
        return t.xray();
    }
}
