package org.modalis.xray;

import org.modalis.physics.TungstenSpectrumModel;

/**
 * A focused linear anti-scatter grid: lead strips of width d and height h along z (rows), with line density N
 * (strips per cm across x), aluminium interspacers of width D = 1/N − d; grid ratio r = h/D. Primary photons
 * pass the interspaces only: Tp(E) = (D/(D + d))·exp(−μ_Al(E)·h) (Day &amp; Dance, Phys. Med. Biol. 28:1429, 1983;
 * the strips are taken as opaque, septal penetration and the cover plates are neglected). Scattered photons
 * at angle θ_x across the strips pass with the geometric acceptance max(0, 1 − r·|tan θ_x|), scored in the Monte
 * Carlo kernels ({@link ScatterKernels}), times the same open fraction and interspacer attenuation. A stationary
 * grid leaves its strips' shadow on the image: each pixel column keeps the fraction of its width not covered by
 * a strip (the pattern aliases when N is not commensurate with the pixel pitch); a moving (Bucky) grid blurs
 * the strips out during the exposure.
 *
 * @param ratio          grid ratio r = h/D, 4 … 20 (radiography: 8–12)
 * @param linesPerCm     strip density N [1/cm], 20 … 80
 * @param stripWidthM    lead strip width d [m], 10 … 100 µm (typical 36–50 µm)
 * @param moving         true for a reciprocating (Bucky) grid: no strip pattern
 */
public record AntiScatterGrid(double ratio, double linesPerCm, double stripWidthM, boolean moving) {

    public AntiScatterGrid {
        if (!(ratio >= 4 && ratio <= 20)) {
            throw new IllegalArgumentException("grid ratio must be in [4, 20], got " + ratio);
        }
        if (!(linesPerCm >= 20 && linesPerCm <= 80)) {
            throw new IllegalArgumentException("grid line density must be in [20, 80] lines/cm, got " + linesPerCm);
        }
        if (!(stripWidthM >= 1e-5 && stripWidthM <= 1e-4)) {
            throw new IllegalArgumentException("grid strip width must be in [10, 100] µm, got " + stripWidthM * 1e6 + " µm");
        }
        if (stripWidthM >= periodM(linesPerCm)) {
            throw new IllegalArgumentException("grid strips of " + stripWidthM * 1e6 + " µm fill the whole "
                    + periodM(linesPerCm) * 1e6 + " µm period");
        }
    }

    private static double periodM(double linesPerCm) {
        return 0.01 / linesPerCm;
    }

    /** Strip period 1/N [m]. */
    public double periodM() {
        return periodM(linesPerCm);
    }

    /** Interspace width D [m]. */
    public double interspaceM() {
        return periodM() - stripWidthM;
    }

    /** Strip height h = r·D [m]. */
    public double heightM() {
        return ratio * interspaceM();
    }

    /** Open fraction D/(D + d). */
    public double openFraction() {
        return interspaceM() / periodM();
    }

    /** Primary transmission at energy E: open fraction × interspacer attenuation over the height h. */
    public double primaryTransmission(double energyKev, TungstenSpectrumModel model) {
        return openFraction() * Math.exp(-model.aluminium().mu(energyKev) * heightM());
    }

    /**
     * Column factors of a stationary grid relative to its mean open fraction: the fraction of column i's width
     * [x_i − p/2, x_i + p/2] not under a strip, divided by D/(D + d); all 1 for a moving grid. Strips are centred
     * at x = k/N.
     */
    public double[] columnFactors(ProjectionGeometry g) {
        double[] f = new double[g.cols()];
        for (int i = 0; i < g.cols(); i++) {
            f[i] = moving ? 1 : (1 - covered(g.columnX(i) - g.pitchM() / 2, g.columnX(i) + g.pitchM() / 2)
                    / g.pitchM()) / openFraction();
        }
        return f;
    }

    /** Length of [a, b] covered by strips [k/N − d/2, k/N + d/2]. */
    private double covered(double a, double b) {
        double period = periodM(), half = stripWidthM / 2, sum = 0;
        for (long k = (long) Math.floor((a - half) / period); k * period - half < b; k++) {
            double lo = Math.max(a, k * period - half), hi = Math.min(b, k * period + half);
            sum += Math.max(0, hi - lo);
        }
        return sum;
    }
}
