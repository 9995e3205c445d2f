package org.modalis.ultrasound;

import java.util.ArrayList;
import java.util.List;
import org.modalis.UserInputException;
import org.modalis.metrics.Metric;
import org.modalis.metrics.MetricSet;

/**
 * What a B-mode lesson measures, on the line data (before scan conversion, whose interpolation would smooth
 * the speckle): per ROI the mean in dB and the speckle SNR = mean/sd of the envelope (Rayleigh: 1.91), the
 * contrast-to-noise ratio of the first two ROIs on the dB values, |μ₁ − μ₂|/√(σ₁² + σ₂²), and their signed
 * contrast μ₁ − μ₂ [dB]; for the first wire
 * its axial and lateral FWHM, its displayed depth and the depth error; and the penetration depth, the deepest
 * depth where the laterally averaged echo power still exceeds the electronic noise power (both smoothed over
 * 2 mm of depth).
 */
public final class UltrasoundMetrics {

    /** Near-field band [m] of the drop-out measure: where the expanding receive aperture has the fewest elements. */
    static final double NEAR_FIELD_FROM = 1e-3, NEAR_FIELD_TO = 10e-3;
    /** Half-width (lines) of the running mean of the drop-out profile: a stripe spans several lines. */
    static final int DROPOUT_SMOOTHING_LINES = 1;

    /** Depth window [m] of the power profiles' running mean. */
    static final double PROFILE_WINDOW = 2e-3;

    private final UltrasoundJob job;
    private final ScanLines lines;
    private final ChannelLayout layout;

    public UltrasoundMetrics(UltrasoundJob job, ScanLines lines, ChannelLayout layout) {
        this.job = job;
        this.lines = lines;
        this.layout = layout;
    }

    public MetricSet measure(float[] compensated, float[] db, float[] signalEnvelope, float[] noiseEnvelope, float[] envelope) {
        List<Metric> out = new ArrayList<>();
        double[][] roiDb = new double[job.rois().size()][];
        for (int r = 0; r < job.rois().size(); r++) {
            UltrasoundJob.NamedRoi roi = job.rois().get(r);
            int[] idx = samplesIn(roi);
            if (idx.length < 2) {
                throw new UserInputException("ROI '" + roi.name() + "' (" + roi.roi().describe()
                        + ", x = lateral, y = depth) holds no image samples: it lies outside the scanned region", null, 0, 0,
                        "rois", "ultrasound ROIs are in the probe frame; widen ultrasound.width_mm or move the ROI");
            }
            double[] env = stats(compensated, idx);
            roiDb[r] = stats(db, idx);
            String p = "roi." + roi.name();
            out.add(new Metric(p + ".mean_db", roiDb[r][0], "dB", "mean of the log-compressed B-mode (after TGC and gain)"));
            out.add(new Metric(p + ".snr", env[0] / env[1], "1", "speckle SNR: mean/sd of the envelope (Rayleigh 1.91)"));
        }
        if (roiDb.length >= 2) {
            String name = "cnr." + job.rois().get(0).name() + "." + job.rois().get(1).name();
            out.add(new Metric(name, Math.abs(roiDb[0][0] - roiDb[1][0]) / Math.hypot(roiDb[0][1], roiDb[1][1]), "1",
                    "|μ1 − μ2| / √(σ1² + σ2²) of the dB values of the first two ROIs"));
            out.add(new Metric("contrast." + job.rois().get(0).name() + "." + job.rois().get(1).name(),
                    roiDb[0][0] - roiDb[1][0], "dB", "mean dB of the first ROI minus that of the second"));
        }
        if (!job.wires().isEmpty()) {
            wire(envelope, out);
        }
        if (lines.count() >= 2 * DROPOUT_SMOOTHING_LINES + 1) {
            out.add(new Metric("nearfield.dropout_db", nearFieldDropout(db), "dB",
                    "lateral uniformity of the near field (1-10 mm): median minus the lowest 3-line mean of the per-line mean dB (element drop-out shows as a dip)"));
        }
        out.add(new Metric("frame_rate", job.frameRate(), "1/s", "frames per second the scanner can acquire: 1 / ("
                + job.firingsDescription() + " x 2 x depth / c), each firing waiting for the deepest echo"));
        out.add(new Metric("penetration_depth", penetration(signalEnvelope, noiseEnvelope) * 1e3, "mm",
                "deepest depth where the mean echo power exceeds the electronic noise power (depth of view if never)"));
        return new MetricSet(out);
    }

    private void wire(float[] envelope, List<Metric> out) {
        WireTarget w = job.wires().get(0);
        WireMeasurement m = WireMeasurement.measure(envelope, lines, layout, w, job.protocol().assumedSpeed());
        double trueRange = lines.range(w.x(), w.z());
        if (Double.isFinite(m.apparentRange())) {
            out.add(new Metric("wire.depth", m.apparentRange() * 1e3, "mm", "displayed range of the first wire's echo peak"));
            out.add(new Metric("wire.depth_error", (m.apparentRange() - trueRange) * 1e3, "mm",
                    "displayed − true range of the first wire (speed-of-sound error: d·(c_assumed/c − 1))"));
        }
        if (Double.isFinite(m.axialFwhm())) {
            out.add(new Metric("wire.axial_fwhm", m.axialFwhm() * 1e3, "mm", "axial FWHM of the first wire's envelope"));
        }
        if (Double.isFinite(m.lateralShift())) {
            out.add(new Metric("wire.lateral_shift", m.lateralShift() * 1e3, "mm",
                    "displayed − true lateral position of the first wire (refraction at an oblique interface shifts it)"));
        }
        if (Double.isFinite(m.lateralFwhm())) {
            out.add(new Metric("wire.lateral_fwhm", m.lateralFwhm() * 1e3, "mm", "lateral FWHM of the first wire's envelope"));
        }
    }

    /** Indices (line·samples + k) of the line samples whose positions fall in the ROI. */
    int[] samplesIn(UltrasoundJob.NamedRoi roi) {
        int n = layout.samples();
        double metresPerSample = job.protocol().metresPerSample(layout.samplingRate());
        List<Integer> idx = new ArrayList<>();
        for (int l = 0; l < lines.count(); l++) {
            for (int k = 0; k < n; k++) {
                double r = k * metresPerSample;
                double x = lines.originX(l) + lines.dirX(l) * r, z = lines.dirZ(l) * r;
                if (roi.roi().contains(x, z)) {
                    idx.add(l * n + k);
                }
            }
        }
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] stats(float[] v, int[] idx) {
        double sum = 0, sumSq = 0;
        for (int i : idx) {
            sum += v[i];
        }
        double mean = sum / idx.length;
        for (int i : idx) {
            sumSq += (v[i] - mean) * (v[i] - mean);
        }
        return new double[]{mean, Math.sqrt(sumSq / (idx.length - 1))};
    }

    /**
     * Element drop-out, as a QA technologist looks for it (AIUM Routine Quality Assurance of Clinical Ultrasound
     * Equipment, 2008: uniformity of the near field): the mean dB of each line over the near-field band, smoothed
     * over 3 adjacent lines, and how far its lowest value falls below the median line [dB]. A dead element removes
     * its share of the few elements the near-field receive aperture has, so the lines over it are darker.
     */
    double nearFieldDropout(float[] db) {
        int n = layout.samples();
        double perSample = job.protocol().metresPerSample(layout.samplingRate());
        int k0 = (int) Math.ceil(NEAR_FIELD_FROM / perSample);
        int k1 = Math.min(n - 1, (int) Math.floor(Math.min(NEAR_FIELD_TO, job.protocol().depth()) / perSample));
        double[] profile = new double[lines.count()];
        for (int l = 0; l < lines.count(); l++) {
            double sum = 0;
            for (int k = k0; k <= k1; k++) {
                sum += db[l * n + k];
            }
            profile[l] = sum / (k1 - k0 + 1);
        }
        double median = new org.apache.commons.math3.stat.descriptive.rank.Median().evaluate(profile);
        double lowest = Double.POSITIVE_INFINITY;
        int w = DROPOUT_SMOOTHING_LINES;
        for (int l = w; l < lines.count() - w; l++) {
            double mean = 0;
            for (int j = l - w; j <= l + w; j++) {
                mean += profile[j];
            }
            lowest = Math.min(lowest, mean / (2 * w + 1));
        }
        return median - lowest;
    }

    /** Deepest range [m] where the smoothed mean signal power is at least the smoothed mean noise power. */
    double penetration(float[] signal, float[] noise) {
        int n = layout.samples();
        double[] s = meanPower(signal), q = meanPower(noise);
        double metresPerSample = job.protocol().metresPerSample(layout.samplingRate());
        int w = Math.max(1, (int) Math.round(PROFILE_WINDOW / metresPerSample / 2));
        double depth = 0;
        for (int k = 0; k < n; k++) {
            double ss = 0, qq = 0;
            for (int j = Math.max(0, k - w); j <= Math.min(n - 1, k + w); j++) {
                ss += s[j];
                qq += q[j];
            }
            if (ss >= qq) {
                depth = k * metresPerSample;
            }
        }
        return Math.min(depth, job.protocol().depth());
    }

    private double[] meanPower(float[] envelope) {
        int n = layout.samples();
        double[] p = new double[n];
        for (int l = 0; l < lines.count(); l++) {
            for (int k = 0; k < n; k++) {
                p[k] += (double) envelope[l * n + k] * envelope[l * n + k] / lines.count();
            }
        }
        return p;
    }
}
