package org.modalis.ultrasound.doppler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The triphasic waveform and the displacement integral the scatterers move by. */
class CardiacWaveformTest {

    @Test
    void integralOverOneBeatIsTheSumOfTheGaussianAreas() {
        CardiacWaveform w = new CardiacWaveform(75);
        double t = w.periodS();
        // ∫ over one period of the periodised pulses = Σ h·σ·√(2π)·T (σ in phase units), exactly up to tails
        // beyond one period (e^{−(0.55/0.06)²/2} ≈ 6·10⁻¹⁹): 1·0.045 − 0.30·0.05 + 0.12·0.06 = 0.0372, × √(2π)·T.
        double expected = (0.045 - 0.30 * 0.05 + 0.12 * 0.06) * Math.sqrt(2 * Math.PI) * t;
        // trapezoid with 0.2 ms steps: error ~(h/σ)²/12 ≈ 2·10⁻⁵ relative, and the sum is periodic (spectral
        // accuracy over a full period), so 1e-6 relative is ample
        assertEquals(expected, w.integral(0, t, 2e-4), 1e-6 * expected);
        assertEquals(expected, w.integral(0.3, 0.3 + t, 2e-4), 1e-6 * expected, "any full beat");
        VelocityProfile.Pulsatile p = new VelocityProfile.Pulsatile(0.6, w, true);
        assertEquals(0.6 * expected, p.displacement(1.1, 1.1 + t), 1e-6 * expected);
        assertEquals(0.6 * (1 - 0.25) * w.value(0.2), p.velocity(0.5, 0.2), 1e-12, "parabolic factor at r = R/2");
    }

    @Test
    void systolicPeakAndReversalHaveTheStatedHeights() {
        CardiacWaveform w = new CardiacWaveform(60);
        // at the systolic centre the other pulses add e^{−(0.16/0.05)²/2}·(−0.30) ≈ −0.0018 and less: 1 ± 0.003
        assertEquals(1.0, w.value(0.12 * w.periodS()), 3e-3);
        // the reversal's own −0.30 plus the systolic tail 1·e^{−(0.16/0.045)²/2} = 0.0018 and the late wave
        // 0.12·e^{−(0.17/0.06)²/2} = 0.0022: −0.296 ± 0.002
        assertEquals(-0.296, w.value(0.28 * w.periodS()), 2e-3);
        assertThrows(IllegalArgumentException.class, () -> new CardiacWaveform(20));
    }
}
