package org.modalis.mri.bloch;

/**
 * An instantaneous (hard) RF pulse: a rotation of every isochromat by the flip angle α about an axis in the
 * transverse plane at angle φ from x (B1 phase), as a pulse much shorter than T2 and 1/Δf acts. The rotation
 * is the active right-handed one, R = R_z(φ)·R_x(α)·R_z(−φ): a 90° pulse about x (φ = 0) takes +z to −y.
 *
 * @param timeS    when it is played [s], ≥ 0
 * @param flipRad  flip angle α [rad], [0, 2π]
 * @param phaseRad RF phase φ [rad] (0: about x, π/2: about y)
 */
public record HardPulse(double timeS, double flipRad, double phaseRad) {

    public HardPulse {
        if (!(timeS >= 0) || !Double.isFinite(timeS)) {
            throw new IllegalArgumentException("pulse time must be ≥ 0 s, got " + timeS);
        }
        if (!(flipRad >= 0 && flipRad <= 2 * Math.PI)) {
            throw new IllegalArgumentException("flip angle must be in [0, 2π] rad, got " + flipRad);
        }
        if (!Double.isFinite(phaseRad)) {
            throw new IllegalArgumentException("RF phase must be finite [rad], got " + phaseRad);
        }
    }

    /** A pulse given in degrees. */
    public static HardPulse degrees(double timeS, double flipDeg, double phaseDeg) {
        return new HardPulse(timeS, Math.toRadians(flipDeg), Math.toRadians(phaseDeg));
    }

    /** The 3 × 3 rotation matrix, row-major. */
    double[] matrix() {
        // Rodrigues' formula about the unit axis u = (cos φ, sin φ, 0).
        double ux = Math.cos(phaseRad), uy = Math.sin(phaseRad);
        double c = Math.cos(flipRad), s = Math.sin(flipRad), v = 1 - c;
        return new double[] {
            c + ux * ux * v, ux * uy * v, uy * s,
            ux * uy * v, c + uy * uy * v, -ux * s,
            -uy * s, ux * s, c};
    }
}
