package org.modalis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/** RMSE/bias, cupping and streak index on images whose answers are known in closed form. */
class ErrorMetricsTest {

    private static final int N = 256;
    private static final double DX = 1e-3;
    private static final Grid G = Grid.square(N, N * DX, 1e-3);

    private static Image fill(java.util.function.DoubleBinaryOperator f) {
        Image img = Image.zeros(G, "CT number", "HU", new Window(0, 400));
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                img.data()[G.index(i, j, 0)] = (float) f.applyAsDouble(G.x(i), G.y(j));
            }
        }
        return img;
    }

    @Test
    void rmseAndBiasOfAConstantPlusChequerboard() {
        // error = 3 + 4·(±1): mean 3, RMSE √(9 + 16) = 5, max 7 — exact for an even number of pixels.
        Image truth = fill((x, y) -> 100 * Math.sin(x * 50));
        Image image = fill((x, y) -> 0);
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                int p = G.index(i, j, 0);
                image.data()[p] = truth.data()[p] + 3 + ((i + j) % 2 == 0 ? 4 : -4);
            }
        }
        ErrorStatistics e = ErrorStatistics.measure(image, truth);
        assertEquals(5, e.rmse(), 1e-5); // float storage of values up to 107: ~1e-5 rounding
        assertEquals(3, e.meanError(), 1e-5);
        assertEquals(7, e.maxAbsError(), 1e-5);
        ErrorStatistics roi = ErrorStatistics.measure(image, truth, new RectangularRoi(0, 0, 10e-3, 10e-3));
        assertEquals(100, roi.count());
        assertEquals(5, roi.rmse(), 1e-5);
        assertEquals("RMSE", e.toMetrics("HU", "whole image").get(0).name());
        assertThrows(IllegalArgumentException.class,
                () -> ErrorStatistics.measure(image, Image.zeros(Grid.square(8, 8e-3, 1e-3), "", "", new Window(0, 1))));
    }

    @Test
    void cuppingOfAQuadraticProfile() {
        // v(r) = b·(r/R)²: disc 0.2 R has mean b·0.2²/2 = 0.02 b; annulus 0.75–0.9 R has mean
        // b·(0.75² + 0.9²)/2 = 0.68625 b (for a 2-D uniform density, mean r² over [r₁, r₂] is (r₁² + r₂²)/2).
        double radius = 100e-3;
        double b = 50;
        Image img = fill((x, y) -> b * (x * x + y * y) / (radius * radius));
        Metric m = Cupping.measure(img, 0, 0, radius, Cupping.Regions.DEFAULT);
        // Lattice sums vs the integrals: the disc holds ~1257 px and the annulus ~7000; the boundary pixels
        // shift each mean by O(1/(r/dx)) of the profile's slope there — measured −33.324 vs −33.3125 HU; 0.05 HU
        // allowed, while a wrong region (e.g. annulus 0.7–0.9 R) would move it by 1.8 HU.
        assertEquals(b * (0.02 - 0.68625), m.value(), 0.05);
        assertEquals("HU", m.unit());
        Image uniform = fill((x, y) -> 0);
        assertEquals(0, Cupping.measure(uniform, 0, 0, radius, Cupping.Regions.DEFAULT).value(), 0);
    }

    @Test
    void streakIndexOfAnAngularPatternIgnoresBias() {
        // error = 7 + A·cos(8θ) in an annulus 40–80 mm: σ = A/√2 (the mean of cos² over full turns is ½).
        double a = 20;
        Image truth = fill((x, y) -> 1000 * Math.exp(-(x * x + y * y) / 1e-3));
        Image image = fill((x, y) -> 1000 * Math.exp(-(x * x + y * y) / 1e-3) + 7 + a * Math.cos(8 * Math.atan2(y, x)));
        Metric s = StreakIndex.measure(image, truth, new AnnularRoi(0, 0, 40e-3, 80e-3));
        // ~15 000 lattice points sample cos² slightly unevenly: measured 14.1493 vs 14.1421 (0.05 %); 0.2 % allowed.
        assertEquals(a / Math.sqrt(2), s.value(), 0.002 * a / Math.sqrt(2));
        Image biased = fill((x, y) -> 1000 * Math.exp(-(x * x + y * y) / 1e-3) + 7);
        assertEquals(0, StreakIndex.measure(biased, truth, new AnnularRoi(0, 0, 40e-3, 80e-3)).value(), 1e-3);
    }
}
