package org.modalis.xray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.metrics.EdgeMtf;
import org.modalis.metrics.EdgeMtfSettings;
import org.modalis.metrics.MtfCurve;

class GaussianBlurTest {

    private static final double PITCH = 0.1e-3;

    @Test
    void weightsArePixelIntegralsOfTheGaussianAndSumToOne() {
        double[] w = new GaussianBlur(0.15e-3).weights(PITCH);
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        assertEquals(1, sum, 1e-12);
        // Centre weight = erf(0.5 p/(σ√2)) for p = 0.1 mm, σ = 0.15 mm: 2Φ(1/3) − 1 = 0.261117 (normal table);
        // the kernel is cut at 6.1 σ (tail 1e-9) and renormalised: 1e-8 covers that.
        assertEquals(0.2611173, w[w.length / 2], 1e-6);
        assertEquals(1, new GaussianBlur(0).weights(PITCH).length);
    }

    @Test
    void measuredPresampledMtfOfABlurredEdgeMatchesTheKernelsAnalyticMtf() {
        double sigma = 1.5 * PITCH;
        int n = 160;
        double radius = 50.37 * PITCH; // off the pixel lattice so the radial bins sample the edge at all phases
        double[] disc = new double[n * n];
        Grid grid = new Grid(n, n, 1, PITCH, PITCH, PITCH);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                disc[j * n + i] = Math.hypot(grid.x(i), grid.y(j)) < radius ? 1 : 0;
            }
        }
        double[] blurred = new double[n * n];
        new GaussianBlur(sigma).apply(disc, n, n, PITCH, blurred);
        float[] f = new float[n * n];
        for (int k = 0; k < f.length; k++) {
            f[k] = (float) blurred[k];
        }
        Image image = new Image(grid, f, "t", "1", Window.ofRange(0, 1));
        MtfCurve mtf = EdgeMtf.measure(image, 0, 0, radius, new EdgeMtfSettings(0.1, 15, 0.5, 0.5, 26));
        double[] fr = mtf.frequencyPerM();
        for (int q = 0; q < fr.length; q++) {
            double expected = gaussian(sigma, fr[q]) * radialAverageOfSquareAperture(fr[q] * PITCH);
            // 0.02 absolute: the point-sampled ideal edge is itself measured as 1/sinc²(f·0.1 px) ≤ 1.008 by the
            // method, the sampled kernel aliases by G(1/p − f) (≤ 0.005 at Nyquist for σ = 1.5 px) and the
            // 0.1-px radial bins quantise the edge; none of these reaches 0.02.
            assertEquals(expected, mtf.mtf()[q], 0.02, "f = " + fr[q] * 1e-3 + " /mm");
        }
    }

    @Test
    void whiteNoiseVarianceFactorIsSumOfSquaredWeightsPerAxis() {
        double[] w = new GaussianBlur(0.1e-3).weights(PITCH);
        double s = 0;
        for (double v : w) {
            s += v * v;
        }
        assertEquals(s * s, new GaussianBlur(0.1e-3).whiteNoiseVarianceFactor(PITCH), 1e-15);
        // Large σ: the pixel-integrated kernel is nearly a Gaussian of variance σ² + p²/12 (Gaussian ⊗ box), so
        // Σw² → p/(2√π·√(σ² + p²/12)) per axis; for σ = 5 px the remaining non-Gaussianity is ~1e-5 relative.
        double sigma = 5 * PITCH;
        double expected = Math.pow(PITCH / (2 * Math.sqrt(Math.PI) * Math.sqrt(sigma * sigma + PITCH * PITCH / 12)), 2);
        assertEquals(expected, new GaussianBlur(sigma).whiteNoiseVarianceFactor(PITCH), 1e-4 * expected);
    }

    @Test
    void rejectsOutOfRangeSigma() {
        assertThrows(IllegalArgumentException.class, () -> new GaussianBlur(-1e-6));
        assertThrows(IllegalArgumentException.class, () -> new GaussianBlur(3e-3));
    }

    private static double gaussian(double sigma, double f) {
        return Math.exp(-2 * Math.PI * Math.PI * sigma * sigma * f * f);
    }

    /**
     * The circular-edge method averages the MTF over all directions; the square pixel aperture's MTF along
     * direction θ is sinc(u cos θ)·sinc(u sin θ) (u = f·p), averaged here by the midpoint rule over 3600 angles.
     */
    private static double radialAverageOfSquareAperture(double u) {
        int m = 3600;
        double s = 0;
        for (int a = 0; a < m; a++) {
            double t = 2 * Math.PI * (a + 0.5) / m;
            s += sinc(u * Math.cos(t)) * sinc(u * Math.sin(t));
        }
        return s / m;
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }
}
