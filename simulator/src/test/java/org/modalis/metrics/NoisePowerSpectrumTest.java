package org.modalis.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.modalis.UserInputException;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.physics.Rng;

/** NPS of white and of known-correlated Gaussian noise. */
class NoisePowerSpectrumTest {

    private static final int N = 256;
    private static final double DX = 0.5e-3;
    private static final Grid G = Grid.square(N, N * DX, 1e-3);
    private static final double SIGMA = 10;

    private static Image whiteNoise(long seed) {
        Rng rng = new Rng(seed);
        Image img = Image.zeros(G, "CT number", "HU", new Window(0, 100));
        for (int p = 0; p < img.data().length; p++) {
            img.data()[p] = (float) (SIGMA * rng.gaussian());
        }
        return img;
    }

    @Test
    void whiteNoiseHasAFlatSpectrumOfSigmaSquaredTimesPixelArea() {
        NpsResult nps = NoisePowerSpectrum.measure(whiteNoise(1), new CircularRoi(0, 0, 1), 32);
        assertEquals(64, nps.blocks());
        double expected = SIGMA * SIGMA * DX * DX; // 2.5e-5 HU²·m²
        NpsResult.Radial r = nps.radialAverage();
        double mean = 0;
        for (int q = 0; q < r.nps().length; q++) {
            // |DFT|² of Gaussian noise is exponentially distributed (relative σ = 1); with Hermitian symmetry a
            // bin of c 2-D samples over 64 blocks holds ~32·c independent ones. Allow 5 standard errors.
            double tolerance = 5 / Math.sqrt(32.0 * r.binCounts()[q]);
            assertEquals(1.0, r.nps()[q] / expected, tolerance, "radial bin " + q);
            mean += r.nps()[q] * r.binCounts()[q];
        }
        mean /= java.util.Arrays.stream(r.binCounts()).sum();
        // ~32 000 independent values: standard error 0.56 %; 3 % ≈ 5 standard errors.
        assertEquals(1.0, mean / expected, 0.03);
        assertEquals(62.5, r.frequencyPerM()[0], 1e-9); // first bin at Δf = 1/(n·dx) = 1/(32 × 0.5 mm)
    }

    @Test
    void integralEqualsTheBlocksMeanVarianceExactly() {
        Image img = whiteNoise(2);
        NpsResult nps = NoisePowerSpectrum.measure(img, new RectangularRoi(0, 0, 64 * DX, 64 * DX), 16);
        assertEquals(16, nps.blocks());
        // Parseval: Σ|DFT|² = n²·Σ(x − mean)², so ∫NPS = mean over blocks of the population variance.
        double var = 0;
        for (int bj = 0; bj < 4; bj++) {
            for (int bi = 0; bi < 4; bi++) {
                double s = 0;
                double s2 = 0;
                for (int j = 0; j < 16; j++) {
                    for (int i = 0; i < 16; i++) {
                        double v = img.data()[G.index(96 + 16 * bi + i, 96 + 16 * bj + j, 0)];
                        s += v;
                        s2 += v * v;
                    }
                }
                var += (s2 - s * s / 256) / 256 / 16;
            }
        }
        assertEquals(var, nps.integral(), 1e-9 * var); // an identity: only rounding differs
    }

    @Test
    void twoTapAverageAlongXGivesCosineSquaredSpectrum() {
        // y = (x_i + x_{i+1}) / 2 has transfer e^{−iπu/n}·cos(πu/n): NPS(u, v) = σ²·dx·dy·cos²(πu/n) at
        // frequency u/(n·dx), independent of v — also checks that the first DFT axis is x.
        Image w = whiteNoise(3);
        Image img = Image.zeros(G, "CT number", "HU", new Window(0, 100));
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                int right = G.index((i + 1) % N, j, 0);
                img.data()[G.index(i, j, 0)] = 0.5f * (w.data()[G.index(i, j, 0)] + w.data()[right]);
            }
        }
        int n = 32;
        NpsResult nps = NoisePowerSpectrum.measure(img, new CircularRoi(0, 0, 1), n);
        for (int u : new int[] {1, 4, 8, 12}) {
            double meanOverV = 0;
            for (int v = 0; v < n; v++) {
                meanOverV += nps.at(u, v) / n;
            }
            double expected = SIGMA * SIGMA * DX * DX * Math.pow(Math.cos(Math.PI * u / n), 2);
            // 32 v-bins × 64 blocks, half independent by symmetry in v: 1024 values, standard error 3.1 %;
            // 15 % ≈ 5 standard errors.
            assertEquals(1.0, meanOverV / expected, 0.15, "u = " + u);
        }
    }

    @Test
    void sliceOfAVolumeIsMeasuredOnItsOwn() {
        // Slice 1 holds white noise, slices 0 and 2 are constant: slice 1's NPS integral is its variance,
        // the others' zero.
        Grid vol = new Grid(64, 64, 3, DX, DX, 1e-3);
        Image img = Image.zeros(vol, "CT number", "HU", new Window(0, 100));
        Rng rng = new Rng(5);
        for (int p = 64 * 64; p < 2 * 64 * 64; p++) {
            img.data()[p] = (float) (SIGMA * rng.gaussian());
        }
        Roi all = new CircularRoi(0, 0, 1);
        assertEquals(0, NoisePowerSpectrum.measure(img, 0, all, 32).integral(), 0);
        assertEquals(0, NoisePowerSpectrum.measure(img, 2, all, 32).integral(), 0);
        // 4 blocks of 1024 px: the variance is estimated to ±2.2 %; 10 % ≈ 4.5 standard errors.
        assertEquals(SIGMA * SIGMA, NoisePowerSpectrum.measure(img, 1, all, 32).integral(), 0.1 * SIGMA * SIGMA);
    }

    @Test
    void regionWithoutRoomForABlockIsRefused() {
        assertThrows(UserInputException.class,
                () -> NoisePowerSpectrum.measure(whiteNoise(4), new CircularRoi(0, 0, 5 * DX), 32));
    }
}
