package org.modalis.ct.acquisition;

/**
 * In-plane rigid translation of the patient during the scan: a linear drift of {@code shift} over the
 * whole acquisition plus a periodic (breathing-like) displacement of amplitude {@code amplitude} and
 * period {@code periodS}. FBP assumes a static object, so inconsistent views give streaks and doubled
 * edges (motion artifact).
 *
 * @param shiftXM     total drift along x over the scan [m]
 * @param shiftYM     total drift along y over the scan [m]
 * @param amplitudeXM periodic amplitude along x [m]
 * @param amplitudeYM periodic amplitude along y [m]
 * @param periodS     period of the periodic motion [s]; 0 = none
 */
public record RigidMotion(double shiftXM, double shiftYM, double amplitudeXM, double amplitudeYM, double periodS) {

    public static final RigidMotion NONE = new RigidMotion(0, 0, 0, 0, 0);

    public RigidMotion {
        if (periodS < 0) {
            throw new IllegalArgumentException("motion period must be ≥ 0 s, got " + periodS);
        }
    }

    public boolean isStatic() {
        return shiftXM == 0 && shiftYM == 0 && (periodS == 0 || (amplitudeXM == 0 && amplitudeYM == 0));
    }

    /** Displacement [m] at time t [s] of a scan lasting {@code durationS}; x in [0], y in [1]. */
    public void displacement(double t, double durationS, double[] out) {
        double f = durationS > 0 ? t / durationS : 0;
        double s = periodS > 0 ? Math.sin(2 * Math.PI * t / periodS) : 0;
        out[0] = shiftXM * f + amplitudeXM * s;
        out[1] = shiftYM * f + amplitudeYM * s;
    }
}
