package org.modalis.xray;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.metrics.Metric;
import org.modalis.metrics.MetricSet;
import org.modalis.phantom.Phantom;
import org.modalis.physics.Rng;
import org.modalis.physics.TungstenSpectrumModel;
import org.modalis.physics.XraySpectrum;
import org.modalis.pipeline.Progress;
import org.modalis.pipeline.Trace;

/**
 * Digital subtraction angiography: a mask frame before the contrast arrives, then live frames while an iodine
 * bolus ({@link Bolus}) passes; each live frame is log-subtracted, D = ln(mask/live) (the logarithm makes the
 * iodine signal ≈ Δμ·L independent of the overlying anatomy's transmission). Tissues named
 * {@code contrast-iodine-N} hold the bolus: N mg I/mL is their reference, and at concentration c their attenuation
 * is μ_water + (c/N)·(μ_N − μ_water) (iodine adds linearly to the water-based dilution). The patient may move by
 * a fixed shift between mask and live frames (misregistration: edges of bone and soft tissue no longer cancel)
 * and at the FrameSettings velocity. Frame f's noise uses {@code Rng(seed).stream(f)}, its readout
 * {@code stream(−1 − f)}; frame 0 is the mask.
 */
public final class DsaPipeline {

    private static final Pattern IODINE = Pattern.compile("contrast-iodine-(\\d+(?:\\.\\d+)?)");

    private final TungstenSpectrumModel spectra = new TungstenSpectrumModel();

    public SequenceResult run(XrayJob job, FrameSettings s, DsaSettings d, Progress progress) {
        int count = s.frames();
        if (count < 2) {
            throw new IllegalArgumentException("DSA needs a mask and at least one live frame: pulse rate × duration ≥ 2");
        }
        Trace trace = new Trace();
        progress.start("DSA", count);
        XraySpectrum spectrum = spectra.generate(job.tube());
        ProjectionGeometry g = job.geometry();
        int n = g.cols() * g.rows();
        Rng root = new Rng(job.seed());
        Frame mask = trace.time("frame", "cpu", () -> frame(job, spectrum, 0, 0, root, 0));
        float[] frames = new float[(count - 1) * n];
        int peak = 1;
        Frame peakFrame = null;
        for (int f = 1; f < count; f++) {
            double c = d.bolus().concentration(s.timeS(f));
            double shift = d.patientShiftM() + s.motionMmPerS() * 1e-3 * s.timeS(f);
            int index = f;
            Frame live = trace.time("frame", "cpu", () -> frame(job, spectrum, c, shift, root, index));
            float[] sub = subtract(mask.image, live.image);
            System.arraycopy(sub, 0, frames, (f - 1) * n, n);
            if (peakFrame == null || c > d.bolus().concentration(s.timeS(peak))) {
                peak = f;
                peakFrame = new Frame(sub, subtract(mask.truth, live.truth), live.raw);
            }
            progress.advance(1);
        }
        XrayResult last = result(job, s, d, spectrum, peakFrame, peak, count, trace);
        progress.advance(1);
        return new SequenceResult(last, frames, count - 1, "ln(mask/live)");
    }

    /** Image (noisy) and truth: relative exposures of a frame, or ln(mask/live) of a subtraction. */
    private record Frame(float[] image, float[] truth, Radiograph raw) {
    }

    private Frame frame(XrayJob job, XraySpectrum spectrum, double concentration, double shift, Rng root, int index) {
        ProjectionGeometry g = job.geometry();
        Phantom p = shift == 0 ? job.phantom() : new ShiftedPhantom(job.phantom(), shift, 0, 0);
        XraySource source = new XraySource(job.focalSpot(), null, job.field());
        Radiograph primary = XrayAcquisition.acquire(p, g, job.detector(), spectrum, job.mas(), false, root, source, null,
                muTable(job.phantom(), spectrum, concentration));
        Radiograph noisy = job.noise() ? QuantumNoise.draw(primary, root.stream(index)) : primary;
        Radiograph read = job.readout().read(noisy, root.stream(-1 - index));
        return new Frame(read.relativeExposure(), read.truth(), read);
    }

    /** Attenuation table (tissues × bins) [1/m] with the contrast tissues at iodine concentration c [mg/mL]. */
    static double[] muTable(Phantom phantom, XraySpectrum spectrum, double c) {
        int bins = spectrum.bins(), tissues = phantom.tissues().size();
        double[] mu = new double[tissues * bins];
        for (int t = 0; t < tissues; t++) {
            Matcher m = IODINE.matcher(phantom.tissues().get(t).name());
            double reference = m.matches() ? Double.parseDouble(m.group(1)) : 0;
            for (int e = 0; e < bins; e++) {
                double en = spectrum.energyKev(e), own = phantom.tissues().get(t).xray().mu(en);
                double water = ScatterModel.WATER.mu(en);
                mu[t * bins + e] = reference > 0 ? water + c / reference * (own - water) : own;
            }
        }
        return mu;
    }

    /** ln(mask/live), each floored at 10⁻⁹ (pixels outside the field stay 0). */
    static float[] subtract(float[] mask, float[] live) {
        float[] out = new float[mask.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = mask[k] > 0 && live[k] > 0 ? (float) Math.log(Math.max(mask[k], 1e-9) / Math.max(live[k], 1e-9)) : 0f;
        }
        return out;
    }

    private XrayResult result(XrayJob job, FrameSettings s, DsaSettings d, XraySpectrum spectrum, Frame peak, int index,
                              int count, Trace trace) {
        ProjectionGeometry g = job.geometry();
        Grid grid = new Grid(g.cols(), g.rows(), 1, g.pitchM(), g.pitchM(), g.pitchM());
        Image image = new Image(grid, peak.image, "ln(mask/live)", "1", Window.ofRange(0, 1));
        Image truth = new Image(grid, peak.truth, "ln(mask/live) (noise-free)", "1", Window.ofRange(0, 1));
        XrayDose dose = XrayDose.of(spectrum, job.mas(), g, job.phantom(), job.field(), job.backscatterFactor());
        List<Metric> out = new ArrayList<>(XrayMetrics.rois(job, image, truth));
        out.add(new Metric("dsa.frames", count - 1, "1", "subtracted live frames"));
        out.add(new Metric("dsa.peak_time", s.timeS(index), "s", "time of the shown (peak-concentration) frame"));
        out.add(new Metric("dsa.peak_concentration", d.bolus().concentration(s.timeS(index)), "mg/mL",
                "iodine concentration in the vessels in the shown frame"));
        out.add(new Metric("dsa.motion_artifact_rms", motionArtifact(job, spectrum, d, s), "1",
                "RMS over the panel of the noise-free subtraction of mask and iodine-free live frame (misregistration)"));
        out.add(new Metric("dose.esak_total", dose.esakMgy() * count, "mGy", "cumulative ESAK of the mask and live frames"));
        out.add(new Metric("dose.kap_total", dose.kapGyCm2() * count, "Gy·cm²", "cumulative kerma–area product"));
        return new XrayResult(peak.raw, image, truth, spectrum, dose, new MetricSet(out), trace);
    }

    /** RMS of ln(mask/live) without iodine and noise: 0 when the patient keeps still. */
    private double motionArtifact(XrayJob job, XraySpectrum spectrum, DsaSettings d, FrameSettings s) {
        double shift = d.patientShiftM() + s.motionMmPerS() * 1e-3 * s.timeS(s.frames() - 1);
        if (shift == 0) {
            return 0;
        }
        XraySource source = new XraySource(job.focalSpot(), null, job.field());
        ProjectionGeometry g = job.geometry();
        Radiograph a = XrayAcquisition.acquire(job.phantom(), g, job.detector(), spectrum, job.mas(), false, new Rng(0), source);
        Radiograph b = XrayAcquisition.acquire(new ShiftedPhantom(job.phantom(), shift, 0, 0), g, job.detector(), spectrum,
                job.mas(), false, new Rng(0), source);
        float[] diff = subtract(a.truth(), b.truth());
        double s2 = 0;
        for (float v : diff) {
            s2 += v * v;
        }
        return Math.sqrt(s2 / diff.length);
    }
}
