package org.modalis.xray;

import java.util.stream.IntStream;
import org.modalis.phantom.Phantom;
import org.modalis.phantom.Ray;
import org.modalis.physics.AirKerma;
import org.modalis.physics.Rng;
import org.modalis.physics.XraySpectrum;

/**
 * Forward model of a projection radiograph (point focal spot, no scatter, no blur). For pixel k at distance r
 * from the focal spot the photons per energy bin are N_k(E) = Φ(E)·mAs·a·cos θ/r², with Φ the tube spectrum
 * [photons/(mm²·mAs) at 1 m], a the pixel area [mm²], r in metres and cos θ = SID/r the obliquity of the pixel
 * to the ray (inverse square and obliquity: the solid angle the pixel subtends). Behind the object the
 * energy-integrating reading has mean m = Σ_E N(E)·E·η(E)·T(E) and variance v = Σ_E N(E)·E²·η(E)·T(E), with
 * T(E) = exp(−Σ_t L_t μ_t(E)) (polychromatic Beer–Lambert with the phantom's exact path lengths L_t) and η the
 * {@link CsiDetector} efficiency: a compound Poisson sum (Whiting, Med. Phys. 29:1883, 2002), drawn as
 * (v/m)·Poisson(m²/v) exactly as {@code ct.acquisition.CtAcquisition} does: exact mean and variance.
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
            signal[e] = photons * energy * detector.efficiency(energy);
            second[e] = signal[e] * energy;
            kerma[e] = AirKerma.mgy(XraySpectrum.monochromatic(energy, photons));
            for (int t = 0; t < tissues; t++) {
                mu[t * bins + e] = phantom.tissues().get(t).xray().mu(energy);
            }
        }
        int n = g.cols() * g.rows();
        Radiograph out = new Radiograph(g, new float[n], new double[n], new double[n], new double[n], new double[n]);
        Tables tables = new Tables(mu, signal, second, kerma, bins, tissues);
        IntStream.range(0, g.rows()).parallel().forEach(j -> acquireRow(phantom, g, tables, j, noise, rng.stream(j), out));
        return out;
    }

    private record Tables(double[] mu, double[] signal, double[] second, double[] kerma, int bins, int tissues) {
    }

    private static void acquireRow(Phantom phantom, ProjectionGeometry g, Tables tb, int j, boolean noise, Rng rng,
                                   Radiograph out) {
        double[] lengths = new double[tb.tissues];
        double pixelAreaMm2 = g.pitchM() * g.pitchM() * 1e6;
        double sod = g.sodM();
        double z = g.rowZ(j);
        for (int i = 0; i < g.cols(); i++) {
            double x = g.columnX(i);
            double r2 = x * x + z * z + g.sidM() * g.sidM();
            double solid = pixelAreaMm2 * (g.sidM() / Math.sqrt(r2)) / r2;
            java.util.Arrays.fill(lengths, 0);
            phantom.pathLengths(Ray.through(0, sod, 0, x, -g.oidM(), z), lengths);
            int k = j * g.cols() + i;
            double m = 0, v = 0, open = 0, kerma = 0;
            for (int e = 0; e < tb.bins; e++) {
                double line = 0;
                for (int t = 0; t < tb.tissues; t++) {
                    line += lengths[t] * tb.mu[t * tb.bins + e];
                }
                double transmission = Math.exp(-line);
                m += tb.signal[e] * transmission;
                v += tb.second[e] * transmission;
                open += tb.signal[e];
                kerma += tb.kerma[e] * transmission;
            }
            out.mean()[k] = m * solid;
            out.variance()[k] = v * solid;
            out.openField()[k] = open * solid;
            out.kermaMgy()[k] = kerma / r2; // fluence per area normal to the ray: no obliquity
            out.reading()[k] = (float) (noise ? draw(m * solid, v * solid, rng) : m * solid);
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
