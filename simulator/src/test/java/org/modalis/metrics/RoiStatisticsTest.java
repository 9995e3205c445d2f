package org.modalis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modalis.UserInputException;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.physics.Rng;

/** ROI statistics, CNR, SNR against values known in closed form. */
class RoiStatisticsTest {

    private static final Grid G = Grid.square(64, 64e-3, 1e-3);

    private static Image image(float[] data) {
        return new Image(G, data, "CT number", "HU", new Window(0, 400));
    }

    @Test
    void statisticsOfAKnownSet() {
        // Pixels 0..3 of row 0 hold 1, 2, 3, 4: mean 2.5, sample variance 5/3.
        float[] d = new float[64 * 64];
        for (int i = 0; i < 4; i++) {
            d[G.index(i, 0, 0)] = i + 1;
        }
        RoiStatistics s = RoiStatistics.of(d, new int[] {0, 1, 2, 3});
        assertEquals(4, s.count());
        assertEquals(2.5, s.mean(), 0);
        assertEquals(Math.sqrt(5.0 / 3), s.standardDeviation(), 1e-15);
        assertEquals(1, s.min(), 0);
        assertEquals(4, s.max(), 0);
        assertTrue(Double.isNaN(RoiStatistics.of(d, new int[] {0}).standardDeviation()));
    }

    @Test
    void smallNoiseOnALargeMeanIsMeasuredWithoutCancellation() {
        // 1000 ± 0.01 alternating: σ (n − 1) = 0.01·√(n/(n − 1)); a one-pass Σx² − n·mean² in float would lose it.
        float[] d = new float[64 * 64];
        for (int p = 0; p < d.length; p++) {
            d[p] = 1000f + (p % 2 == 0 ? 0.01f : -0.01f);
        }
        RoiStatistics s = RoiStatistics.measure(image(d), new CircularRoi(0, 0, 1)); // all pixels
        double half = (1000f + 0.01f - (1000f - 0.01f)) / 2; // the float values' actual half-difference
        assertEquals(half * Math.sqrt(4096.0 / 4095), s.standardDeviation(), 1e-9);
    }

    @Test
    void cnrOfAnInsertInGaussianNoise() {
        // Background 0 HU, insert 10 HU, both with σ = 5 HU noise: CNR = 10/5 = 2. The insert ROI holds 156 px
        // and the background 1200 px: the contrast is estimated to ±5·√(1/156 + 1/1200) = ±0.43 HU (4.3 %) and
        // σ to ±1/√(2·1200) = ±2.0 %, 4.7 % together; 15 % ≈ 3.2 standard errors (seeds 1–5 gave 1.93–2.12).
        // The formula itself is checked exactly in cnrIsExactForConstructedStatistics.
        Rng rng = new Rng(7);
        float[] d = new float[64 * 64];
        for (int j = 0; j < 64; j++) {
            for (int i = 0; i < 64; i++) {
                boolean insert = Math.hypot(G.x(i) - 12e-3, G.y(j)) < 8e-3;
                d[G.index(i, j, 0)] = (float) ((insert ? 10 : 0) + 5 * rng.gaussian());
            }
        }
        Metric cnr = Cnr.measure(image(d), new CircularRoi(12e-3, 0, 7e-3), new RectangularRoi(-14e-3, 0, 20e-3, 60e-3));
        assertEquals("CNR", cnr.name());
        assertEquals(2.0, cnr.value(), 0.3);
        assertTrue(cnr.description().contains("background rectangle"), cnr.description());
    }

    @Test
    void cnrIsExactForConstructedStatistics() {
        assertEquals(3.0, Cnr.of(new RoiStatistics(10, 40, 9, 0, 0), new RoiStatistics(10, 10, 10, 0, 0)), 1e-15);
        assertEquals(3.0, Cnr.of(new RoiStatistics(10, -20, 9, 0, 0), new RoiStatistics(10, 10, 10, 0, 0)), 1e-15);
        assertThrows(IllegalArgumentException.class,
                () -> Cnr.of(new RoiStatistics(1, 1, 0, 1, 1), new RoiStatistics(1, 0, 0, 0, 0)));
    }

    @Test
    void snrOfAConstantPlusNoise() {
        Rng rng = new Rng(11);
        float[] d = new float[64 * 64];
        for (int p = 0; p < d.length; p++) {
            d[p] = (float) (100 + 4 * rng.gaussian());
        }
        // 4096 px: σ estimated to ±1.1 %; SNR 25 within 4 % (≈ 3.5 standard errors).
        assertEquals(25, Snr.measure(image(d), new CircularRoi(0, 0, 1)).value(), 1.0);
    }

    @Test
    void roiOutsideTheImageIsTheUsersMistake() {
        UserInputException e = assertThrows(UserInputException.class,
                () -> RoiStatistics.measure(image(new float[64 * 64]), new CircularRoi(0.5, 0, 1e-3)));
        assertTrue(e.getMessage().contains("contains no pixel centre of the 64×64 image"), e.getMessage());
    }
}
