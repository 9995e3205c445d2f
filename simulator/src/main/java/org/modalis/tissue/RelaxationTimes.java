package org.modalis.tissue;

/**
 * The three relaxation times of a tissue at one field strength.
 *
 * @param t1     longitudinal relaxation time [s]
 * @param t2     transverse (spin–spin) relaxation time [s]
 * @param t2star effective transverse relaxation time including static field inhomogeneity [s]; T2* ≤ T2
 *               because 1/T2* = 1/T2 + 1/T2′ (Haacke et al., <i>Magnetic Resonance Imaging</i>, 1999, ch. 20)
 */
public record RelaxationTimes(double t1, double t2, double t2star) {

    public RelaxationTimes {
        requireTime("T1", t1);
        requireTime("T2", t2);
        requireTime("T2*", t2star);
        if (t2 > t1) {
            throw new IllegalArgumentException("T2 (" + t2 + " s) cannot exceed T1 (" + t1 + " s)");
        }
        if (t2star > t2) {
            throw new IllegalArgumentException("T2* (" + t2star + " s) cannot exceed T2 (" + t2 + " s)");
        }
    }

    private static void requireTime(String what, double seconds) {
        if (!(seconds > 0 && seconds <= 100)) {
            throw new IllegalArgumentException(what + " must be in (0, 100] s, got " + seconds);
        }
    }
}
