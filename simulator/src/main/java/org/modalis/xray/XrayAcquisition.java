package org.modalis.xray;

import java.util.stream.IntStream;
import org.modalis.phantom.Phantom;
import org.modalis.phantom.Ray;
import org.modalis.physics.AirKerma;
import org.modalis.physics.Rng;
import org.modalis.physics.XraySpectrum;

/**
 * Forward model of a projection radiograph (no scatter; the panel's blur and readout follow in
 * {@link PanelReadout}). For pixel k at distance r
 * from the focal spot the photons per energy bin are N_k(E) = Φ(E)·mAs·a·cos θ/r², with Φ the tube spectrum
 * [photons/(mm²·mAs) at 1 m], a the pixel area [mm²], r in metres and cos θ = SID/r the obliquity of the pixel
 * to the ray (inverse square and obliquity: the solid angle the pixel subtends). Behind the object the
 * energy-integrating reading has mean m = Σ_E N(E)·E·η(E)·T(E) and variance v = Σ_E N(E)·E²·η(E)·T(E), with
 * T(E) = exp(−Σ_t L_t μ_t(E)) (polychromatic Beer–Lambert with the phantom's exact path lengths L_t) and η the
 * {@link CsiDetector} efficiency: a compound Poisson sum (Whiting, Med. Phys. 29:1883, 2002), drawn as
 * (v/m)·Poisson(m²/v) exactly as {@code ct.acquisition.CtAcquisition} does: exact mean and variance.
 * A finite focal spot ({@link XraySource}) averages T(E) over its n × n sub-sources (each ray from a
 * sub-source to the pixel centre); the heel effect scales Φ(E) per detector row. Mean and variance stay exact
 * (a sum of independent compound Poisson sums is compound Poisson with the summed mean and second moment).
 * Rows run in parallel, row j with {@code rng.stream(j)}, so results do not depend on the thread count.
 */
public final class XrayAcquisition {

    private XrayAcquisition() {
    }

    /**
     * @param spectrum tube output [photons/(mm²·mAs) at 1 m]
     * @param mas      tube current–time product [mAs], &gt; 0
     * @param noise    draw quantum noise; otherwise the reading is the mean
     */
    public static Radiograph acquire(Phantom phantom, ProjectionGeometry g, CsiDetector detector,
                                     XraySpectrum spectrum, double mas, boolean noise, Rng rng) {
        return acquire(phantom, g, detector, spectrum, mas, noise, rng, XraySource.POINT);
    }

    /** As above with a finite focal spot, the heel effect and/or collimation. */
    public static Radiograph acquire(Phantom phantom, ProjectionGeometry g, CsiDetector detector,
                                     XraySpectrum spectrum, double mas, boolean noise, Rng rng, XraySource source) {
        return acquire(phantom, g, detector, spectrum, mas, noise, rng, source, null);
    }

    /**
     * As above, with per-bin factors {@code detectorBinScale} (e.g. an anti-scatter grid's primary transmission)
     * applied to what reaches the scintillator, open field included (a gain calibration with the grid in place),
     * but not to the incident air kerma; {@code null} for none.
     */
    public static Radiograph acquire(Phantom phantom, ProjectionGeometry g, CsiDetector detector,
                                     XraySpectrum spectrum, double mas, boolean noise, Rng rng, XraySource source,
                                     double[] detectorBinScale) {
        return acquire(phantom, g, detector, spectrum, mas, noise, rng, source, detectorBinScale, null);
    }

    /**
     * As above with the attenuation table given: {@code muTable[t·bins + e]} [1/m] for tissue t at spectrum bin e
     * (e.g. a contrast agent whose concentration changes over time); {@code null} to take the tissues' own.
     */
    static Radiograph acquire(Phantom phantom, ProjectionGeometry g, CsiDetector detector, XraySpectrum spectrum,
                              double mas, boolean noise, Rng rng, XraySource source, double[] detectorBinScale,
                              double[] muTable) {
        if (!(mas > 0)) {
            throw new IllegalArgumentException("mAs must be > 0, got " + mas);
        }
        int bins = spectrum.bins();
        int tissues = phantom.tissues().size();
        double[] mu = new double[tissues * bins];
        double[] signal = new double[bins];
        double[] second = new double[bins];
        double[] kerma = new double[bins];
        for (int e = 0; e < bins; e++) {
            double energy = spectrum.energyKev(e);
            double photons = spectrum.fluence(e) * mas;
            signal[e] = photons * energy * detector.efficiency(energy) * (detectorBinScale == null ? 1 : detectorBinScale[e]);
            second[e] = signal[e] * energy;
            kerma[e] = AirKerma.mgy(XraySpectrum.monochromatic(energy, photons));
            for (int t = 0; t < tissues; t++) {
                mu[t * bins + e] = muTable != null ? muTable[t * bins + e] : phantom.tissues().get(t).xray().mu(energy);
            }
        }
        int n = g.cols() * g.rows();
        Radiograph out = new Radiograph(g, new float[n], new double[n], new double[n], new double[n], new double[n]);
        Tables tables = new Tables(mu, signal, second, kerma, bins, tissues, source, source.focalSpot().offsets());
        IntStream.range(0, g.rows()).parallel().forEach(j -> acquireRow(phantom, g, tables, j, noise, rng.stream(j), out));
        return out;
    }

    private record Tables(double[] mu, double[] signal, double[] second, double[] kerma, int bins, int tissues,
                          XraySource source, double[] spot) {
    }

    private static void acquireRow(Phantom phantom, ProjectionGeometry g, Tables tb, int j, boolean noise, Rng rng,
                                   Radiograph out) {
        double[] lengths = new double[tb.tissues];
        double[] transmission = new double[tb.bins];
        double pixelAreaMm2 = g.pitchM() * g.pitchM() * 1e6;
        double z = g.rowZ(j);
        for (int i = 0; i < g.cols(); i++) {
            double x = g.columnX(i);
            double r2 = x * x + z * z + g.sidM() * g.sidM();
            double solid = tb.source.collimator().contains(x, z) ? pixelAreaMm2 * (g.sidM() / Math.sqrt(r2)) / r2 : 0;
            meanTransmission(phantom, g, tb, x, z, lengths, transmission);
            int k = j * g.cols() + i;
            double m = 0, v = 0, open = 0, kerma = 0;
            for (int e = 0; e < tb.bins; e++) {
                double h = tb.source.heel(j, e, tb.bins);
                m += h * tb.signal[e] * transmission[e];
                v += h * tb.second[e] * transmission[e];
                open += h * tb.signal[e];
                kerma += h * tb.kerma[e] * transmission[e];
            }
            out.mean()[k] = m * solid;
            out.variance()[k] = v * solid;
            out.openField()[k] = open * solid;
            out.kermaMgy()[k] = solid > 0 ? kerma / r2 : 0; // fluence per area normal to the ray: no obliquity
            out.reading()[k] = (float) (noise ? draw(m * solid, v * solid, rng) : m * solid);
        }
    }

    /** T(E) to detector point (x, −OID, z), averaged over the focal spot's sub-sources, into {@code t}. */
    private static void meanTransmission(Phantom phantom, ProjectionGeometry g, Tables tb, double x, double z,
                                         double[] lengths, double[] t) {
        java.util.Arrays.fill(t, 0);
        double[] spot = tb.spot;
        int[] hit = new int[tb.tissues]; // the tissues this ray crosses: most rays cross one or two of many
        double weight = 1.0 / (spot.length * spot.length);
        for (double sx : spot) {
            for (double sz : spot) {
                java.util.Arrays.fill(lengths, 0);
                phantom.pathLengths(Ray.through(sx, g.sodM(), sz, x, -g.oidM(), z), lengths);
                int crossed = 0;
                for (int q = 0; q < tb.tissues; q++) {
                    if (lengths[q] != 0) {
                        hit[crossed++] = q;
                    }
                }
                for (int e = 0; e < tb.bins; e++) {
                    double line = 0;
                    for (int c = 0; c < crossed; c++) {
                        line += lengths[hit[c]] * tb.mu[hit[c] * tb.bins + e];
                    }
                    t[e] += crossed == 0 ? weight : weight * Math.exp(-line);
                }
            }
        }
    }

    /** Compound Poisson reading with exact mean m and variance v: (v/m)·Poisson(m²/v). */
    static double draw(double mean, double variance, Rng rng) {
        if (!(mean > 0 && variance > 0)) {
            return 0;
        }
        double energyPerCount = variance / mean;
        return energyPerCount * rng.poisson(mean / energyPerCount);
    }
}
