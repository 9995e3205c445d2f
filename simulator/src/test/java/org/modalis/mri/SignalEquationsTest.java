package org.modalis.mri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The signal equations against their closed-form properties. */
class SignalEquationsTest {

    @Test
    void gradientEchoPeaksAtTheErnstAngle() {
        double t1 = 0.884, tr = 0.03;
        double best = 0, bestDeg = 0;
        for (double deg = 0.01; deg < 90; deg += 0.01) {
            double s = SignalEquations.spoiledGradientEcho(1, t1, 0.05, tr, 0.005, Math.toRadians(deg));
            if (s > best) {
                best = s;
                bestDeg = deg;
            }
        }
        // The scan step is 0.01°; the maximum is flat (zero derivative), so a 0.02° window holds it.
        assertEquals(Math.toDegrees(SignalEquations.ernstAngle(t1, tr)), bestDeg, 0.02);
        // Closed form at the Ernst angle: S = √((1 − E₁)/(1 + E₁))·e^(−TE/T2*) (Haacke et al. eq. 18.18).
        double e1 = Math.exp(-tr / t1);
        assertEquals(Math.sqrt((1 - e1) / (1 + e1)) * Math.exp(-0.005 / 0.05), best, 1e-7);
    }

    @Test
    void inversionRecoveryNullsAtT1Ln2() {
        double t1 = 0.343, tr = 100 * t1;  // TR ≫ T1: e^(−TR/T1) = e^(−100) is below double resolution of 1
        double ti = SignalEquations.nullInversionTime(t1);
        assertEquals(0.2377, ti, 1e-4);    // 343 ms · ln 2 = 237.7 ms: the STIR TI of fat at 1.5 T
        assertEquals(0, SignalEquations.inversionRecovery(1, t1, 0.058, tr, 0.01, ti), 1e-15);
        // On either side the signed signal changes sign: negative before the null, positive after.
        assertTrue(SignalEquations.inversionRecovery(1, t1, 0.058, tr, 0.01, 0.9 * ti) < 0);
        assertTrue(SignalEquations.inversionRecovery(1, t1, 0.058, tr, 0.01, 1.1 * ti) > 0);
    }

    @Test
    void spinEchoLimits() {
        // TR → ∞, TE → 0: full PD. Long TR, short TE = PD weighting; the approximate form agrees when TE ≪ TR.
        assertEquals(0.8, SignalEquations.spinEcho(0.8, 1.0, 0.1, 1000, 1e-9), 1e-7);   // e^(−TE/T2) = 1 − 1e-8
        double full = SignalEquations.spinEcho(1, 1.124, 0.095, 0.5, 0.015);
        double approx = (1 - Math.exp(-0.5 / 1.124)) * Math.exp(-0.015 / 0.095);
        // Difference of the exact and approximate forms: 2e^(−TR/T1)(e^(TE/2T1) − 1)·e^(−TE/T2) ≈ 5e-3.
        double diff = 2 * Math.exp(-0.5 / 1.124) * (Math.exp(0.0075 / 1.124) - 1) * Math.exp(-0.015 / 0.095);
        assertEquals(approx - diff, full, 1e-12);
    }

    /**
     * Balanced SSFP: (1) for TR ≪ T1, T2 the best flip angle cos α = (T1 − T2)/(T1 + T2) gives ½·√(T2/T1)
     * (Scheffler &amp; Lehnhardt 2003): with TR = 1 ms against T1 = 1 s, T2 = 0.1 s the first-order corrections are
     * of order TR/T2 = 1 %, so 2 % on the value; the optimum is a maximum over α (checked on a 0.1° grid, 0.05 %).
     * (2) With T2 → 0 (E₂ → 0) the balanced steady state becomes the spoiled one: same formula as spoiled GRE to
     * 1e-12. (3) TE only adds e^(−TE/T2).
     */
    @Test
    void balancedSsfpLimits() {
        double t1 = 1.0, t2 = 0.1, tr = 1e-3;
        double best = Math.acos((t1 - t2) / (t1 + t2));
        double s = SignalEquations.balancedSsfp(1, t1, t2, tr, 0, best);
        assertEquals(0.5 * Math.sqrt(t2 / t1), s, 0.02 * s);
        double max = 0;
        for (double deg = 1; deg < 180; deg += 0.1) {
            max = Math.max(max, SignalEquations.balancedSsfp(1, t1, t2, tr, 0, Math.toRadians(deg)));
        }
        assertEquals(max, s, 5e-4 * max);
        double flip = Math.toRadians(30);
        assertEquals(SignalEquations.spoiledGradientEcho(1, 0.8, 1, 0.01, 0, flip),
                SignalEquations.balancedSsfp(1, 0.8, 1e-9, 0.01, 0, flip), 1e-12);
        assertEquals(SignalEquations.balancedSsfp(1, t1, t2, tr, 0, flip) * Math.exp(-0.002 / t2),
                SignalEquations.balancedSsfp(1, t1, t2, tr, 0.002, flip), 1e-15);
    }
}
