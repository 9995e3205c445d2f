package org.modalis.ct.recon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modalis.ct.DetectorShape;
import org.modalis.ct.FanBeamGeometry;

/** The band-limited ramp's spectrum, its DC term, and the Parker weights' redundancy identity. */
class RampFilterTest {

    @Test
    void spectrumIsTheRampAwayFromDc() {
        double tau = 1e-3;
        RampFilter f = RampFilter.ramp(256, tau, FilterWindow.RAM_LAK, 1.0);
        double[] r = f.response();
        int p = f.paddedLength();
        assertEquals(512, p);
        for (int k = p / 16; k <= p / 2; k += 7) {
            double ramp = (double) k / (p * tau); // |f| in cycles per metre
            // The truncated 1/n² tail changes H by ≤ Σ_{|n| ≥ P/2} |h(n)|·τ ≈ 2/(π²Pτ), i.e. ≤ 0.3 % of the ramp
            // at k ≥ P/16: bound 0.5 %.
            assertEquals(ramp, r[k], 5e-3 * ramp, "k = " + k);
        }
        // DC: not zero but the kernel's tail, (2/π²)·Σ_{odd n ≥ P/2} 1/n² / τ ≈ 2/(π²Pτ) (K&S §3.3.3).
        int last = 10_000_001;
        double tail = 1.0 / (2.0 * last); // Σ over odd n > last ≈ ∫ dn / (2n²)
        for (int n = p / 2 + 1; n < last; n += 2) {
            tail += 1.0 / ((double) n * n);
        }
        assertEquals(2 / (Math.PI * Math.PI) * tail / tau, r[0], 1e-6 * r[0] + 1e-9);
        assertTrue(r[0] > 0);
    }

    @Test
    void windowsVanishAboveTheCutoff() {
        double[] r = RampFilter.ramp(64, 1.0, FilterWindow.HANN, 0.5).response();
        int p = 2 * (r.length - 1);
        assertEquals(0.0, r[p / 4 + 1], 0.0);
        assertEquals(0.5 * (1 + Math.cos(Math.PI * 0.5)) * (p / 8.0) / p, r[p / 8], 5e-3 * r[p / 8]);
        assertThrows(IllegalArgumentException.class, () -> FilterWindow.HANN.at(0.1, 1.5));
    }

    /** w(β, γ) + w(β + π + 2γ, −γ) = 1: the two measurements of every line add to one (Parker 1982). */
    @Test
    void parkerWeightsOfTheTwoMeasurementsOfALineSumToOne() {
        double delta = 0.3;
        for (double gamma = -0.29; gamma <= 0.29; gamma += 0.029) {
            for (double beta = 0; beta <= 2 * delta - 2 * gamma; beta += 0.01) {
                double w1 = RedundancyWeights.parker(beta, gamma, delta);
                double w2 = RedundancyWeights.parker(beta + Math.PI + 2 * gamma, -gamma, delta);
                assertEquals(1.0, w1 + w2, 1e-12, "β = " + beta + ", γ = " + gamma);
            }
            assertEquals(1.0, RedundancyWeights.parker(Math.PI / 2 - gamma, gamma, delta), 0.0);
        }
    }

    @Test
    void parkerNeedsHalfTurnPlusFanAngle() {
        var tooShort = new FanBeamGeometry(100, 0, Math.PI + 0.1, 100, 0.004, 0.5, 1.0, DetectorShape.ARC, 0);
        var e = assertThrows(IllegalArgumentException.class,
                () -> new RedundancyWeights(tooShort, RedundancyWeighting.PARKER));
        assertTrue(e.getMessage().contains("180° + fan angle"), e.getMessage());
    }

    /**
     * The taps of the convolution form: for Ram-Lak at full band the window is 1, so the taps are the spatial
     * kernel itself times τ (τ·h(n): 1/(4τ), −1/(n²π²τ) for odd n, 0 for even n; Kak &amp; Slaney eq. 3.61);
     * double FFT round trip, so 1e-9 relative.
     */
    @Test
    void ramLakTapsAreTheSpatialKernel() {
        double tau = 2e-3;
        double[] c = RampFilter.ramp(100, tau, FilterWindow.RAM_LAK, 1.0).spatialTaps();
        assertEquals(100, c.length);
        assertEquals(1 / (4 * tau), c[0], 1e-9 / tau);
        for (int n = 1; n < 100; n++) {
            double expected = n % 2 == 0 ? 0 : -1 / (n * n * Math.PI * Math.PI * tau);
            assertEquals(expected, c[n], 1e-9 / tau, "n = " + n);
        }
    }

    /**
     * Direct convolution with the taps equals the FFT filter for any window (the GL filter's contract):
     * both in double up to the float output, so 1e-6 of the largest output.
     */
    @Test
    void directConvolutionWithTheTapsEqualsTheFftFilter() {
        FanBeamGeometry g = FanBeamGeometry.fullScan(3, 77, 0.4 / 77, 0.5, 1.0, DetectorShape.ARC);
        RampFilter f = RampFilter.forGeometry(g, FilterWindow.HAMMING, 0.7);
        double[] c = f.spatialTaps();
        org.modalis.physics.Rng rng = new org.modalis.physics.Rng(3);
        float[] x = new float[3 * 77];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rng.gaussian();
        }
        float[] fft = new float[x.length];
        f.filter(x, 3, fft);
        double max = 0;
        for (float v : fft) {
            max = Math.max(max, Math.abs(v));
        }
        for (int v = 0; v < 3; v++) {
            for (int i = 0; i < 77; i++) {
                double sum = 0;
                for (int k = 0; k < 77; k++) {
                    sum += c[Math.abs(i - k)] * x[v * 77 + k];
                }
                assertEquals(sum, fft[v * 77 + i], 1e-6 * max, "view " + v + " bin " + i);
            }
        }
    }
}
