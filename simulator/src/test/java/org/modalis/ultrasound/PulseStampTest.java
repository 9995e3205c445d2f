package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modalis.physics.Rng;

/**
 * The stamped pulse against its closed form Re{C·e^{iω(k − τ)}}·exp(−(k − τ)²/(2σ²)) at every sample: random pulse
 * centres (fractional, near either end of the trace), carriers from 2 to 16 samples per period and phases.
 */
class PulseStampTest {

    @Test
    void aStampIsTheSampledGaussianTone() {
        GaussianPulse pulse = new GaussianPulse(5e6, 0.6);
        double fs = 40e6, sigma = pulse.sigmaT() * fs;
        PulseStamp stamp = new PulseStamp(pulse, fs, new PhasorTable());
        Rng rng = new Rng(3);
        int n = 200;
        double worst = 0, peak = 0;
        for (int trial = 0; trial < 500; trial++) {
            double tau = -20 + (n + 40) * rng.uniform(), omega = 2 * Math.PI / (2 + 14 * rng.uniform());
            double cr = rng.gaussian(), ci = rng.gaussian(), amplitude = Math.hypot(cr, ci);
            float[] out = new float[n + 10];
            stamp.add(out, 5, n, tau, omega, Math.cos(omega), Math.sin(omega), cr, ci);
            for (int k = 0; k < n; k++) {
                double t = k - tau;
                double exact = Math.abs(t) < GaussianPulse.HALF_LENGTH_SIGMAS * sigma - 1
                        ? (cr * Math.cos(omega * t) - ci * Math.sin(omega * t)) * Math.exp(-0.5 * t * t / (sigma * sigma))
                        : out[5 + k]; // the truncation's edge: either side of it is right
                worst = Math.max(worst, Math.abs(out[5 + k] - exact) / amplitude);
                peak = Math.max(peak, Math.abs(exact) / amplitude);
            }
            for (int k = 0; k < 5; k++) {
                assertEquals(0f, out[k], "nothing before the trace");
                assertEquals(0f, out[n + 5 + k], "nothing after it");
            }
        }
        System.out.printf("pulse stamp: largest error %.2e of |C|%n", worst);
        // The envelope's table (32 steps per sample, linear) is good to ~1e-4; the carrier's phasor table (8192 per
        // turn) to π/8192 = 4e-4 of |C| at the first sample; float output 6e-8.
        assertTrue(worst < 6e-4, "largest error " + worst);
        assertTrue(peak > 0.9);
    }
}
