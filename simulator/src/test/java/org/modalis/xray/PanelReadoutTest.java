package org.modalis.xray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.modalis.physics.Rng;

class PanelReadoutTest {

    private static Radiograph flat(int n, double signalKev) {
        ProjectionGeometry g = new ProjectionGeometry(1, 0.1, 0.2e-3, n, n);
        float[] reading = new float[n * n];
        double[] mean = new double[n * n], var = new double[n * n], open = new double[n * n];
        Arrays.fill(reading, (float) signalKev);
        Arrays.fill(mean, signalKev);
        Arrays.fill(open, signalKev);
        return new Radiograph(g, reading, mean, var, open, new double[n * n]);
    }

    @Test
    void readNoiseHasTheStatedRmsInElectrons() {
        PanelReadout r = new PanelReadout(new GaussianBlur(0), 20, 2000, 0);
        Radiograph out = r.read(flat(128, 1e5), new Rng(3));
        double s = 0, s2 = 0;
        for (float v : out.reading()) {
            s += v - 1e5;
            s2 += (v - 1e5) * (v - 1e5);
        }
        int n = out.reading().length;
        double sdKev = Math.sqrt(s2 / n - (s / n) * (s / n));
        // 2000 e⁻ / 20 e⁻/keV = 100 keV; 16384 draws: the sample sd has relative sd 1/√(2n) = 0.55 %; 3 % = 5 sd.
        assertEquals(100, sdKev, 3);
        assertEquals(100 * 100, out.variance()[0], 1e-9);
    }

    @Test
    void exposureAboveTheFullWellBurnsOut() {
        PanelReadout r = new PanelReadout(new GaussianBlur(0), 20, 0, 1e6); // full well 5e4 keV
        Radiograph raw = flat(8, 2e4);
        raw.reading()[0] = 9e4f; // one overexposed pixel
        raw.mean()[0] = 9e4;
        Radiograph out = r.read(raw, new Rng(1));
        assertEquals(5e4, out.reading()[0], 0); // clipped exactly at the full well
        assertEquals(5e4, out.mean()[0], 0);
        assertEquals(2e4, out.reading()[1], 0);
        assertEquals(1.0 / 64, r.saturatedFraction(out), 0);
    }

    @Test
    void blurReducesWhiteNoiseVarianceBySumOfSquaredWeights() {
        int n = 128;
        Radiograph raw = flat(n, 0);
        Rng rng = new Rng(5);
        for (int k = 0; k < n * n; k++) {
            raw.reading()[k] = (float) rng.gaussian();
            raw.variance()[k] = 1;
        }
        GaussianBlur blur = new GaussianBlur(0.3e-3);
        Radiograph out = new PanelReadout(blur, 20, 0, 0).read(raw, new Rng(2));
        double s2 = 0;
        int m = 0;
        for (int j = 8; j < n - 8; j++) { // away from the replicated borders
            for (int i = 8; i < n - 8; i++) {
                s2 += out.reading()[j * n + i] * out.reading()[j * n + i];
                m++;
            }
        }
        double factor = blur.whiteNoiseVarianceFactor(0.2e-3);
        // The blurred noise is correlated over ~2σ = 3 px, so the ~12300 pixels carry ~12300/(4π·1.5²) ≈ 440
        // independent samples: relative sd of the variance estimate ≈ √(2/440) = 7 %; 25 % ≈ 3.5 sd.
        assertEquals(factor, s2 / m, 0.25 * factor);
        assertEquals(factor, out.variance()[0], 1e-15);
        assertTrue(factor < 0.2, "σ = 1.5 px keeps well under a fifth of the white-noise variance: " + factor);
    }
}
