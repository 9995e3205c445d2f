package org.modalis.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RngTest {

    /** Poisson mean and variance both equal λ; with n samples the standard error of the mean is √(λ/n). */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 3, 9.9, 10.1, 50, 1e4})
    void poissonHasMeanAndVarianceLambda(double lambda) {
        Rng rng = new Rng(7);
        int n = 200_000;
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            long k = rng.poisson(lambda);
            s += k;
            s2 += (double) k * k;
        }
        double mean = s / n;
        double var = s2 / n - mean * mean;
        // 5 standard errors of the mean; variance of the sample variance ≈ (2λ² + λ)/n for Poisson.
        assertEquals(lambda, mean, 5 * Math.sqrt(lambda / n));
        assertEquals(lambda, var, 5 * Math.sqrt((2 * lambda * lambda + lambda) / n));
    }

    @Test
    void gaussianHasUnitVariance() {
        Rng rng = new Rng(1);
        int n = 200_000;
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            double g = rng.gaussian();
            s += g;
            s2 += g * g;
        }
        assertEquals(0, s / n, 5 / Math.sqrt(n));
        assertEquals(1, s2 / n, 5 * Math.sqrt(2.0 / n));
    }

    @Test
    void streamsAreReproducibleAndDistinct() {
        assertEquals(new Rng(3).stream(5).uniform(), new Rng(3).stream(5).uniform());
        org.junit.jupiter.api.Assertions.assertNotEquals(new Rng(3).stream(5).uniform(), new Rng(3).stream(6).uniform());
    }

    @Test
    void logFactorialMatchesLogGamma() {
        // Exact sums below 10, the Stirling series above (truncation < 4e-13): agreement with commons-math's
        // logGamma to 1e-13 relative (its own accuracy is ~1e-15); a wrong series term would miss by ≥ 1e-9 at k = 10.
        for (long k = 0; k < 2_000_000; k = k < 100 ? k + 1 : k * 11 / 10) {
            double expected = org.apache.commons.math3.special.Gamma.logGamma(k + 1.0);
            org.junit.jupiter.api.Assertions.assertEquals(expected, Rng.logFactorial(k), 1e-13 * Math.max(1, expected), "k = " + k);
        }
    }
}
