package org.modalis.xray;

import java.util.ArrayList;
import java.util.List;
import org.modalis.image.Image;
import org.modalis.metrics.Metric;
import org.modalis.metrics.MetricSet;
import org.modalis.metrics.RoiStatistics;
import org.modalis.phantom.Phantom;
import org.modalis.physics.XraySpectrum;

/**
 * What a radiograph lesson measures: ROI means and quantum SNR on the relative-exposure image, the subject
 * contrast of the first ROI against the second (noise-free, C = (T_b − T_a)/T_b), the object's shadow and
 * measured magnification along the central row, the dose figures and the detector air kerma (exposure index).
 */
public final class XrayMetrics {

    /** Transmission below which a pixel counts as shadowed by the object (1 ppm: far above float rounding). */
    static final double SHADOW_THRESHOLD = 1 - 1e-6;
    /** Probe step [m] along the object's x axis for its true width: 0.1 mm. */
    static final double WIDTH_STEP_M = 1e-4;

    private XrayMetrics() {
    }

    public static MetricSet measure(XrayJob job, Radiograph raw, Image image, Image truth, XraySpectrum spectrum,
                                    XrayDose dose) {
        List<Metric> out = new ArrayList<>(rois(job, image, truth));
        ProjectionGeometry g = job.geometry();
        double shadow = shadowWidth(truth, g);
        double width = objectWidth(job.phantom());
        out.add(new Metric("magnification.geometric", g.magnification(), "1", "SID/(SID − OID), point focal spot"));
        if (shadow > 0 && width > 0) { // the shadow lies wholly on the detector
            out.add(new Metric("shadow.width", shadow * 1e3, "mm", "width of the object's shadow along the central detector row"));
            out.add(new Metric("magnification.measured", shadow / width, "1",
                    "shadow width on the central row / object width on its x axis (y = z = 0)"));
        }
        out.add(new Metric("dose.entrance_kerma", dose.entranceKermaMgy(), "mGy",
                "air kerma free in air at the entrance surface on the central ray (no backscatter)"));
        out.add(new Metric("dose.esak", dose.esakMgy(), "mGy",
                "entrance surface air kerma = incident air kerma × backscatter factor " + dose.backscatterFactor()));
        out.add(new Metric("dose.kap", dose.kapGyCm2(), "Gy·cm²", "kerma–area product of the collimated field"));
        out.add(new Metric("detector.kerma", centralKerma(raw) * 1e3, "µGy",
                "mean air kerma incident on the central 10 % × 10 % of the detector behind the object (exposure index)"));
        out.add(new Metric("spectrum.mean_energy", spectrum.meanEnergyKev(), "keV", "fluence-weighted mean photon energy"));
        out.add(new Metric("grid.line_modulation", lineModulation(truth), "1",
                "rms of the noise-free column profile about its 9-column running mean, over its mean (central half of the rows):"
                        + " the stripes a stationary grid leaves, 0 for a smooth image"));
        return new MetricSet(out);
    }

    /**
     * Column-to-column modulation of the noise-free image: the column means over the central half of the rows,
     * minus their 9-column running mean (which keeps the object's slow shading out), rms over the columns whose
     * window lies on the detector, divided by the mean. A stationary grid's strip shadows, aliased onto the
     * pixel grid with a period of a few pixels, give a modulation of the order of the strips' shadow fraction;
     * a smooth object gives ~0 (only its curvature within 9 columns).
     */
    static double lineModulation(Image truth) {
        int nx = truth.grid().nx(), ny = truth.grid().ny();
        if (nx < 9) {
            return 0;
        }
        double[] column = new double[nx];
        for (int j = ny / 4; j < Math.max(ny / 4 + 1, 3 * ny / 4); j++) {
            for (int i = 0; i < nx; i++) {
                column[i] += truth.at(i, j);
            }
        }
        double sum2 = 0, mean = 0;
        int n = 0;
        for (int i = 4; i < nx - 4; i++) {
            double local = 0;
            for (int k = -4; k <= 4; k++) {
                local += column[i + k] / 9;
            }
            sum2 += (column[i] - local) * (column[i] - local);
            mean += column[i];
            n++;
        }
        return mean > 0 ? Math.sqrt(sum2 / n) / (mean / n) : 0;
    }

    /** Exposure index, deviation index and the saturated fraction of the panel. */
    public static List<Metric> detector(ExposureIndex ei, double saturatedFraction) {
        return List.of(
                new Metric("detector.ei", ei.ei(), "1", "IEC 62494-1 exposure index, 100 × RQA 5-calibrated kerma [µGy] in the central 10 % VOI"),
                new Metric("detector.di", ei.deviationIndex(), "1", "deviation index 10·log10(EI/EI_T); |DI| > 1 calls for a look"),
                new Metric("detector.saturated_fraction", saturatedFraction, "1", "fraction of pixels at the full well (burnt out)"));
    }

    /**
     * The 10–90 % width of the steepest edge on the central row of the noise-free image (geometric unsharpness
     * plus detector blur), the geometric unsharpness U = f·OID/SOD it is compared with, and with the heel effect
     * the anode-to-cathode ratio of the open-field signal on the central column (last row / first row: inverse
     * square and obliquity are symmetric in z and cancel).
     */
    public static List<Metric> source(XrayJob job, Radiograph raw, Image truth) {
        List<Metric> out = new ArrayList<>();
        ProjectionGeometry g = job.geometry();
        out.add(new Metric("focal_spot.unsharpness", job.focalSpot().unsharpnessM(g) * 1e3, "mm",
                "geometric unsharpness U = f·OID/SOD of an edge at the object reference point"));
        double w = EdgeWidth.centralRow(truth.data(), g.cols(), g.rows());
        if (w > 0) {
            out.add(new Metric("edge.width", w * g.pitchM() * 1e3, "mm",
                    "10–90 % width of the steepest edge on the central row (noise-free)"));
        }
        if (job.heel()) {
            int c = g.cols() / 2;
            out.add(new Metric("heel.anode_to_cathode", raw.openField()[(g.rows() - 1) * g.cols() + c] / raw.openField()[c],
                    "1", "open-field detector signal at the anode (+z) edge / at the cathode edge, central column"));
        }
        return out;
    }

    static List<Metric> rois(XrayJob job, Image image, Image truth) {
        List<Metric> out = new ArrayList<>();
        float[] noise = new float[image.data().length];
        for (int k = 0; k < noise.length; k++) {
            noise[k] = image.data()[k] - truth.data()[k];
        }
        Image noiseImage = new Image(image.grid(), noise, "noise", "1", image.window());
        double[] truthMeans = new double[job.rois().size()];
        for (int r = 0; r < job.rois().size(); r++) {
            XrayJob.NamedRoi roi = job.rois().get(r);
            RoiStatistics s = RoiStatistics.measure(image, roi.roi());
            RoiStatistics n = RoiStatistics.measure(noiseImage, roi.roi());
            truthMeans[r] = RoiStatistics.measure(truth, roi.roi()).mean();
            String p = "roi." + roi.name();
            out.add(new Metric(p + ".mean", s.mean(), "1", "mean relative exposure"));
            out.add(new Metric(p + ".sd", n.standardDeviation(), "1", "sd of the quantum noise (image − truth)"));
            if (n.standardDeviation() > 0) {
                out.add(new Metric(p + ".snr", truthMeans[r] / n.standardDeviation(), "1", "noise-free mean / noise sd"));
            }
        }
        if (truthMeans.length >= 2 && truthMeans[1] > 0) {
            String name = "contrast." + job.rois().get(0).name() + "." + job.rois().get(1).name();
            out.add(new Metric(name, (truthMeans[1] - truthMeans[0]) / truthMeans[1], "1",
                    "subject contrast (T_background − T_object)/T_background, noise-free"));
        }
        return out;
    }

    /** Shadowed pixels of the central row × pitch [m]; 0 when the shadow reaches the detector's edge. */
    static double shadowWidth(Image truth, ProjectionGeometry g) {
        int row = g.rows() / 2;
        if (truth.data()[row * g.cols()] < SHADOW_THRESHOLD || truth.data()[row * g.cols() + g.cols() - 1] < SHADOW_THRESHOLD) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < g.cols(); i++) {
            count += truth.data()[row * g.cols() + i] < SHADOW_THRESHOLD ? 1 : 0;
        }
        return count * g.pitchM();
    }

    /** Extent [m] of non-air material along the x axis (y = z = 0), probed every 0.1 mm. */
    static double objectWidth(Phantom phantom) {
        double[] c = new double[phantom.tissues().size()];
        int inside = 0;
        for (double x = -phantom.radius(); x <= phantom.radius(); x += WIDTH_STEP_M) {
            java.util.Arrays.fill(c, 0);
            phantom.composition(x, 0, 0, c);
            for (int t = 0; t < c.length; t++) {
                if (c[t] != 0 && !phantom.tissues().get(t).name().equals("air")) {
                    inside++;
                    break;
                }
            }
        }
        return inside * WIDTH_STEP_M;
    }

    /** Mean detector air kerma [mGy] over the central 10 % × 10 % of the pixels (at least one). */
    static double centralKerma(Radiograph raw) {
        ProjectionGeometry g = raw.geometry();
        int hc = Math.max(g.cols() / 20, 0), hr = Math.max(g.rows() / 20, 0);
        double sum = 0;
        int n = 0;
        for (int j = g.rows() / 2 - hr; j <= g.rows() / 2 + hr && j < g.rows(); j++) {
            for (int i = g.cols() / 2 - hc; i <= g.cols() / 2 + hc && i < g.cols(); i++) {
                sum += raw.kermaMgy()[j * g.cols() + i];
                n++;
            }
        }
        return sum / n;
    }
}
