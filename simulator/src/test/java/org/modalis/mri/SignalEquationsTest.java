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
}
