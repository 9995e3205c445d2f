package org.modalis.xray;

import java.util.Map;
import org.jtransforms.fft.DoubleFFT_2D;
import org.modalis.phantom.Phantom;
import org.modalis.physics.XraySpectrum;
import org.modalis.tissue.CompositionMaterial;

/**
 * Convolution-kernel scatter estimate (the scheme of Love &amp; Kruger, Med. Phys. 14:178, 1987, and of the
 * thickness-binned kernels of Ohnesorge et al., Eur. Radiol. 9:563, 1999): the object is treated, pixel by pixel,
 * as a water slab of the water-equivalent thickness t(x) that gives the pixel's primary transmission (inverted from
 * the polychromatic water transmission of this beam and detector). Each pixel's incident photons then spread
 * scatter over the detector with the Monte Carlo kernel of that thickness ({@link ScatterKernels}), weighted by the
 * incident spectrum: S(x) = Σ_k [(N_in·h_k(t)) ⊗ K_k](x), with h_k the linear-interpolation weights of t between
 * the tabulated thicknesses, summed by FFT convolution. Pixels outside the collimated field send no photons, so the
 * scatter-to-primary ratio grows with field size, thickness and kVp as the Monte Carlo does. Approximations: the
 * divergent beam is treated as parallel (no magnification of the kernel), the kernels are for 0.5 mm CsI whatever
 * the panel's thickness, photons below 30 keV use the 30 keV kernel (behind ≥ 5 cm of water they carry &lt; 1 %
 * of the signal), and the slab is laterally infinite (no edge loss at the body's sides).
 */
public final class ScatterModel {

    /** Water for the thickness inversion (ICRU 44 composition, 1 g/cm³). */
    static final CompositionMaterial WATER = new CompositionMaterial("water", 1.0, Map.of("H", 0.1119, "O", 0.8881),
            "ICRU Report 44 (water, liquid)");
    /** Water-equivalent thickness table step [cm] and range (0 … 60 cm). */
    static final double TABLE_STEP_CM = 0.05;
    static final int TABLE_SIZE = 1201;

    private final ScatterKernels kernels;

    public ScatterModel(ScatterKernels kernels) {
        this.kernels = kernels;
    }

    /** Scatter signal and its second moment per pixel [keV, keV²]. */
    public record Estimate(double[] signal, double[] second) {
    }

    /**
     * Scatter reaching the detector behind a noise-free primary radiograph.
     *
     * @param primary  the primary (noise-free; open field with no grid) of the exposure
     * @param spectrum tube output [photons/(mm²·mAs) at 1 m], the one the primary was made with
     * @param gapM     air gap from the object's exit surface to the detector [m]
     * @param ratio    grid ratio for the geometric acceptance, 0 without grid
     * @param binScale per-bin factors the primary was made with (a grid's Tp(E)), or {@code null}
     */
    public Estimate estimate(Radiograph primary, XraySpectrum spectrum, CsiDetector detector,
                             double gapM, double ratio, double[] binScale) {
        ProjectionGeometry g = primary.geometry();
        double[] signalPerSolid = new double[1];
        double[] thicknessCm = waterThickness(primary, spectrum, detector, binScale, signalPerSolid);
        double[] thick = kernels.thicknessesCm();
        int rows2 = 2 * g.rows(), cols2 = 2 * g.cols();
        double[] acc1 = new double[rows2 * cols2 * 2], acc2 = new double[rows2 * cols2 * 2];
        DoubleFFT_2D fft = new DoubleFFT_2D(rows2, cols2);
        double[] weights = energyWeights(spectrum);
        for (int k = 0; k < thick.length; k++) {
            double[] source = new double[rows2 * cols2 * 2];
            boolean any = false;
            for (int j = 0; j < g.rows(); j++) {
                for (int i = 0; i < g.cols(); i++) {
                    int p = j * g.cols() + i;
                    double h = hat(thick, k, thicknessCm[p]);
                    double incident = primary.openField()[p] / signalPerSolid[0];
                    source[2 * (j * cols2 + i)] = h * incident;
                    any |= h * incident > 0;
                }
            }
            if (!any) {
                continue;
            }
            fft.complexForward(source);
            for (int moment = 1; moment <= 2; moment++) {
                double[] kernel = kernelImage(g, rows2, cols2, weights, thick[k], gapM * 100, ratio, moment);
                fft.complexForward(kernel);
                multiplyAdd(source, kernel, moment == 1 ? acc1 : acc2);
            }
        }
        return new Estimate(inverse(fft, acc1, g), inverse(fft, acc2, g));
    }

    /**
     * Water-equivalent thickness [cm] per pixel: the t with T_water(t) = mean/open for this beam and detector;
     * −1 outside the field. Also returns Σ_E Φ(E)·E·η(E)·s(E) (s the bin scale): the open field is that × mas × the pixel's solid-angle
     * factor, so open/that = mas·solid, the factor that turns Φ(E) into the pixel's incident photons.
     */
    double[] waterThickness(Radiograph primary, XraySpectrum spectrum, CsiDetector detector, double[] binScale,
                            double[] scaleOut) {
        double[] table = new double[TABLE_SIZE];
        double[] weight = new double[spectrum.bins()];
        double total = 0;
        for (int e = 0; e < spectrum.bins(); e++) {
            double en = spectrum.energyKev(e);
            weight[e] = spectrum.fluence(e) * en * detector.efficiency(en) * (binScale == null ? 1 : binScale[e]);
            total += weight[e];
        }
        for (int j = 0; j < TABLE_SIZE; j++) {
            double s = 0;
            for (int e = 0; e < spectrum.bins(); e++) {
                s += weight[e] * Math.exp(-WATER.mu(spectrum.energyKev(e)) * j * TABLE_STEP_CM * 1e-2);
            }
            table[j] = s / total;
        }
        scaleOut[0] = total;
        double[] t = new double[primary.mean().length];
        for (int p = 0; p < t.length; p++) {
            double open = primary.openField()[p];
            t[p] = open > 0 ? invert(table, primary.mean()[p] / open) : -1;
        }
        return t;
    }

    /** Water thickness [cm] with table(t) = transmission, by bisection on the decreasing table, interpolated. */
    private static double invert(double[] table, double transmission) {
        if (transmission >= 1) {
            return 0;
        }
        if (transmission <= table[table.length - 1]) {
            return (table.length - 1) * TABLE_STEP_CM;
        }
        int lo = 0, hi = table.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (table[mid] > transmission) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + (table[lo] - transmission) / (table[lo] - table[hi])) * TABLE_STEP_CM;
    }

    /** Φ(E) [photons/(mm²·mAs) at 1 m] gathered onto the tabulated energies by hat functions. */
    private double[] energyWeights(XraySpectrum spectrum) {
        double[] nodes = kernels.energiesKev();
        double[] w = new double[nodes.length];
        for (int e = 0; e < spectrum.bins(); e++) {
            double en = spectrum.energyKev(e), n = spectrum.fluence(e);
            if (en <= nodes[0]) {
                w[0] += n;
            } else if (en >= nodes[nodes.length - 1]) {
                w[nodes.length - 1] += n;
            } else {
                int k = 0;
                while (nodes[k + 1] < en) {
                    k++;
                }
                double f = (en - nodes[k]) / (nodes[k + 1] - nodes[k]);
                w[k] += (1 - f) * n;
                w[k + 1] += f * n;
            }
        }
        return w;
    }

    /** Linear-interpolation weight of thickness t on node k of {@code nodes}, with an implicit node 0 at t = 0. */
    static double hat(double[] nodes, int k, double t) {
        if (t <= 0) {
            return 0;
        }
        double left = k == 0 ? 0 : nodes[k - 1], x = nodes[k];
        if (k == nodes.length - 1 && t >= x) {
            return 1;
        }
        if (t > left && t <= x) {
            return (t - left) / (x - left);
        }
        double right = k + 1 < nodes.length ? nodes[k + 1] : x;
        return t > x && t < right ? (right - t) / (right - x) : 0;
    }

    /** Kernel image (complex interleaved, wrap-around offsets) for thickness t, in signal per incident photon per pixel. */
    private double[] kernelImage(ProjectionGeometry g, int rows2, int cols2, double[] weights, double tCm, double gapCm,
                                 double ratio, int moment) {
        double[] edges = kernels.edgesCm();
        double[] density = new double[edges.length - 1];
        for (int e = 0; e < weights.length; e++) {
            double[] a = kernels.annuli(e, tCm, gapCm, ratio, moment);
            for (int b = 0; b < a.length; b++) {
                density[b] += weights[e] * a[b];
            }
        }
        double pitchCm = g.pitchM() * 100;
        for (int b = 0; b < density.length; b++) {
            density[b] *= pitchCm * pitchCm / (Math.PI * (edges[b + 1] * edges[b + 1] - edges[b] * edges[b]));
        }
        double[] k = new double[rows2 * cols2 * 2];
        for (int dj = -(g.rows() - 1); dj < g.rows(); dj++) {
            for (int di = -(g.cols() - 1); di < g.cols(); di++) {
                double v = Math.hypot(di, dj) < NEAR_PIXELS ? pixelAverage(edges, density, di, dj, pitchCm)
                        : densityAt(edges, density, pitchCm * Math.hypot(di, dj));
                k[2 * (Math.floorMod(dj, rows2) * cols2 + Math.floorMod(di, cols2))] = v;
            }
        }
        return k;
    }

    /** Pixels nearer than this to the pencil are integrated by 16 × 16 sub-samples: the kernel peaks at r → 0. */
    static final double NEAR_PIXELS = 4;

    private static double densityAt(double[] edges, double[] density, double rCm) {
        int b = bin(edges, rCm);
        return b >= 0 ? density[b] : 0;
    }

    /** Mean of the (per-pixel-area) density over pixel (di, dj), midpoint rule on 16 × 16 sub-pixels. */
    private static double pixelAverage(double[] edges, double[] density, int di, int dj, double pitchCm) {
        int m = 16;
        double sum = 0;
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                double x = (di - 0.5 + (a + 0.5) / m) * pitchCm, y = (dj - 0.5 + (b + 0.5) / m) * pitchCm;
                sum += densityAt(edges, density, Math.hypot(x, y));
            }
        }
        return sum / (m * m);
    }

    private static int bin(double[] edges, double r) {
        if (r >= edges[edges.length - 1]) {
            return -1;
        }
        int b = java.util.Arrays.binarySearch(edges, r);
        return b >= 0 ? Math.min(b, edges.length - 2) : -b - 2;
    }

    private static void multiplyAdd(double[] a, double[] b, double[] acc) {
        for (int q = 0; q < a.length; q += 2) {
            acc[q] += a[q] * b[q] - a[q + 1] * b[q + 1];
            acc[q + 1] += a[q] * b[q + 1] + a[q + 1] * b[q];
        }
    }

    private static double[] inverse(DoubleFFT_2D fft, double[] acc, ProjectionGeometry g) {
        fft.complexInverse(acc, true);
        int cols2 = 2 * g.cols();
        double[] out = new double[g.cols() * g.rows()];
        for (int j = 0; j < g.rows(); j++) {
            for (int i = 0; i < g.cols(); i++) {
                out[j * g.cols() + i] = Math.max(acc[2 * (j * cols2 + i)], 0);
            }
        }
        return out;
    }

    /**
     * Air gap [m] between the object's exit surface on the central ray and the detector: probed from the detector
     * towards the source every 0.1 mm (as {@link XrayDose} finds the skin); OID if the ray meets nothing.
     */
    public static double exitGapM(Phantom phantom, ProjectionGeometry g) {
        double[] c = new double[phantom.tissues().size()];
        for (double d = 0; d < g.sidM(); d += XrayDose.SKIN_SEARCH_STEP_M) {
            java.util.Arrays.fill(c, 0);
            phantom.composition(0, -g.oidM() + d, 0, c);
            for (int t = 0; t < c.length; t++) {
                if (c[t] != 0 && !phantom.tissues().get(t).name().equals("air")) {
                    return d;
                }
            }
        }
        return g.oidM();
    }
}
