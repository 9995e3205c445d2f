package org.modalis.xray;

import java.util.ArrayList;
import java.util.List;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.metrics.Metric;
import org.modalis.phantom.Phantom;
import org.modalis.physics.Rng;
import org.modalis.physics.TungstenSpectrumModel;
import org.modalis.physics.XraySpectrum;
import org.modalis.pipeline.Progress;
import org.modalis.pipeline.Trace;

/**
 * Pulsed fluoroscopy: a series of low-dose frames (the job's mAs per pulse) at the pulse rate, each with its own
 * quantum and read noise, the object moving along x between pulses, a recursive temporal filter
 * ({@link RecursiveFilter}) and the last-image-hold. Dose rate and cumulative dose scale with the pulses
 * delivered: ESAK rate = ESAK per pulse × pulse rate. Scatter and grids are not applied in this mode.
 * Frame n's noise uses {@code Rng(seed).stream(n)} and its readout {@code stream(−1 − n)}.
 */
public final class FluoroscopyPipeline {

    private final TungstenSpectrumModel spectra = new TungstenSpectrumModel();

    public SequenceResult run(XrayJob job, FrameSettings s, Progress progress) {
        Trace trace = new Trace();
        int count = s.frames();
        progress.start("fluoroscopy", count + 1);
        XraySpectrum spectrum = trace.time("spectrum", "cpu", () -> spectra.generate(job.tube()));
        ProjectionGeometry g = job.geometry();
        int n = g.cols() * g.rows();
        XraySource source = new XraySource(job.focalSpot(),
                job.heel() ? HeelEffect.rowFactors(spectra, job.tube(), g) : null, job.field());
        RecursiveFilter filter = new RecursiveFilter(s.lagAlpha());
        float[] frames = new float[count * n];
        float[] y = null, yTruth = null, x = null, xTruth = null;
        Radiograph primary = null, read = null;
        Rng root = new Rng(job.seed());
        for (int f = 0; f < count; f++) {
            double shift = s.motionMmPerS() * 1e-3 * s.timeS(f);
            if (primary == null || shift != 0) {
                Phantom p = shift == 0 ? job.phantom() : new ShiftedPhantom(job.phantom(), shift, 0, 0);
                Radiograph pr = trace.time("expose", "cpu", () -> XrayAcquisition.acquire(p, g, job.detector(), spectrum,
                        job.mas(), false, root, source));
                primary = pr;
            }
            Radiograph exposed = primary;
            int frame = f;
            Radiograph noisy = job.noise() ? trace.time("noise", "cpu", () -> QuantumNoise.draw(exposed, root.stream(frame)))
                    : exposed;
            read = trace.time("readout", "cpu", () -> job.readout().read(noisy, root.stream(-1 - frame)));
            x = read.relativeExposure();
            xTruth = read.truth();
            y = filter.step(y, x, new float[n]);
            yTruth = filter.step(yTruth, xTruth, new float[n]);
            System.arraycopy(y, 0, frames, f * n, n);
            progress.advance(1);
        }
        XrayResult last = lastImageHold(job, s, spectrum, read, y, yTruth, x, xTruth, filter, trace);
        progress.advance(1);
        return new SequenceResult(last, frames, count, "relative exposure, recursively filtered");
    }

    private XrayResult lastImageHold(XrayJob job, FrameSettings s, XraySpectrum spectrum, Radiograph read, float[] y,
                                     float[] yTruth, float[] x, float[] xTruth, RecursiveFilter filter, Trace trace) {
        ProjectionGeometry g = job.geometry();
        Grid grid = new Grid(g.cols(), g.rows(), 1, g.pitchM(), g.pitchM(), g.pitchM());
        Image image = new Image(grid, y, "relative exposure (last-image-hold)", "1", Window.ofRange(0, 1));
        Image truth = new Image(grid, yTruth, "relative exposure (noise-free, filtered)", "1", Window.ofRange(0, 1));
        XrayDose dose = XrayDose.of(spectrum, job.mas(), g, job.phantom(), job.field(), job.backscatterFactor());
        List<Metric> extra = new ArrayList<>(XrayMetrics.source(job, read, truth));
        int count = s.frames();
        extra.add(new Metric("fluoro.frames", count, "1", "pulses delivered"));
        extra.add(new Metric("fluoro.esak_rate", dose.esakMgy() * s.pulseRateHz() * 60, "mGy/min",
                "entrance surface air kerma rate = ESAK per pulse × pulse rate"));
        extra.add(new Metric("fluoro.esak_total", dose.esakMgy() * count, "mGy", "cumulative entrance surface air kerma"));
        extra.add(new Metric("fluoro.kap_total", dose.kapGyCm2() * count, "Gy·cm²", "cumulative kerma–area product"));
        extra.add(new Metric("fluoro.noise_variance_ratio", noiseVariance(y, yTruth, g) / noiseVariance(x, xTruth, g), "1",
                "noise variance of the last filtered frame / of the last raw frame, central 10 % of the panel"));
        extra.add(new Metric("fluoro.noise_variance_ratio_theory", filter.varianceRatio(count - 1), "1",
                "α/(2 − α)·(1 − (1 − α)^(2n)) + (1 − α)^(2n) for white noise"));
        var metrics = XrayMetrics.measure(job, read, image, truth, spectrum, dose).with(extra);
        return new XrayResult(read, image, truth, spectrum, dose, metrics, trace);
    }

    /** Variance of (image − truth) over the central 10 % × 10 % of the panel. */
    static double noiseVariance(float[] image, float[] truth, ProjectionGeometry g) {
        int hc = Math.max(g.cols() / 20, 1), hr = Math.max(g.rows() / 20, 1);
        double s = 0, s2 = 0;
        int m = 0;
        for (int j = Math.max(g.rows() / 2 - hr, 0); j <= g.rows() / 2 + hr && j < g.rows(); j++) {
            for (int i = Math.max(g.cols() / 2 - hc, 0); i <= g.cols() / 2 + hc && i < g.cols(); i++) {
                double d = image[j * g.cols() + i] - truth[j * g.cols() + i];
                s += d;
                s2 += d * d;
                m++;
            }
        }
        return s2 / m - (s / m) * (s / m);
    }
}
