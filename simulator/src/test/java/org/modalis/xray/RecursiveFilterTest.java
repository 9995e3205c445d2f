package org.modalis.xray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.modalis.physics.Rng;

class RecursiveFilterTest {

    @Test
    void whiteNoiseVarianceFallsToAlphaOverTwoMinusAlpha() {
        RecursiveFilter f = new RecursiveFilter(0.25);
        int pixels = 20000, frames = 40;
        Rng rng = new Rng(11);
        float[] y = null;
        for (int n = 0; n < frames; n++) {
            float[] x = new float[pixels];
            for (int k = 0; k < pixels; k++) {
                x[k] = (float) rng.gaussian();
            }
            y = f.step(y, x, new float[pixels]);
        }
        double s2 = 0;
        for (float v : y) {
            s2 += v * v;
        }
        // Theory after 40 frames: α/(2 − α) = 1/7 = 0.142857 (the (1 − α)^80 transient is 1e-10). 20000 pixels:
        // the variance estimate has relative sd √(2/20000) = 1 %; 4 % = 4 sd.
        assertEquals(1.0 / 7, f.varianceRatio(frames - 1), 1e-9);
        assertEquals(1.0 / 7, s2 / pixels, 0.04 / 7);
        assertEquals(1.0, f.varianceRatio(0), 0); // the first frame passes unfiltered
    }

    @Test
    void aStepLagsWithTheExponentialTimeConstant() {
        RecursiveFilter f = new RecursiveFilter(0.3);
        float[] y = f.step(null, new float[] {0}, new float[1]);
        for (int n = 1; n <= 5; n++) {
            y = f.step(y, new float[] {1}, new float[1]);
            // After n frames of a unit step: 1 − (1 − α)^n.
            assertEquals(1 - Math.pow(0.7, n), y[0], 1e-6);
        }
    }
}
