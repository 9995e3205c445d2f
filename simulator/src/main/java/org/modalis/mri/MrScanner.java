package org.modalis.mri;

/**
 * The magnet and receive chain of an MR scanner, as far as image formation needs it.
 *
 * @param b0Tesla     main field [T]: 1.5 or 3, the fields at which tissue relaxation times are tabulated
 * @param snrConstant SNR of a fully relaxed water voxel (PD = 1) of 1 mm³ sampled for 1 s at 1.5 T
 *                    [1/(mm³·√s)]: the coil-and-body noise figure of the SNR law (see {@link SnrModel}).
 *                    A model constant, chosen so that clinical protocols land in the clinical SNR range
 *                    (≈ 20–100 for brain tissue); not a published number.
 */
public record MrScanner(double b0Tesla, double snrConstant) {

    /** γ/2π of ¹H [Hz/T] (CODATA 2018: 42.577 478 MHz/T). */
    public static final double GAMMA_BAR_HZ_PER_T = 42.577478e6;
    /** Default {@link #snrConstant}. */
    public static final double DEFAULT_SNR_CONSTANT = 25.0;

    public MrScanner {
        if (b0Tesla != 1.5 && b0Tesla != 3.0) {
            throw new IllegalArgumentException("B0 must be 1.5 or 3 T (tabulated tissue relaxation), got " + b0Tesla + " T");
        }
        if (!(snrConstant > 0) || !Double.isFinite(snrConstant)) {
            throw new IllegalArgumentException("SNR constant must be positive [1/(mm³·√s)], got " + snrConstant);
        }
    }

    public MrScanner(double b0Tesla) {
        this(b0Tesla, DEFAULT_SNR_CONSTANT);
    }

    /** Larmor frequency of water protons [Hz]. */
    public double larmorHz() {
        return GAMMA_BAR_HZ_PER_T * b0Tesla;
    }

    /** Resonance offset [Hz] of a chemical shift given in ppm (fat −3.4 ppm → ≈ −217 Hz at 1.5 T). */
    public double offsetHz(double chemicalShiftPpm) {
        return chemicalShiftPpm * 1e-6 * larmorHz();
    }
}
