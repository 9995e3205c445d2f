package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The Fresnel integrals against Simpson quadrature of their definitions (both sides of the series/continued-fraction
 * switch at 1.5, and far out), their oddness, and their limit 1/2.
 */
class FresnelIntegralsTest {

    /** ∫₀ˣ cos and sin of πt²/2 by Simpson's rule on n intervals (error ~ x⁵·(πx)⁴/n⁴). */
    private static double[] simpson(double x, int n) {
        double h = x / n, c = 0, s = 0;
        for (int i = 0; i <= n; i++) {
            double t = i * h, w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            c += w * Math.cos(Math.PI * t * t / 2);
            s += w * Math.sin(Math.PI * t * t / 2);
        }
        return new double[] {c * h / 3, s * h / 3};
    }

    @Test
    void matchQuadratureOfTheirDefinitions() {
        for (double x : new double[] {0.3, 1, 1.49, 1.51, 2, 3.7, 8, 20}) {
            double[] v = FresnelIntegrals.cs(x), ref = simpson(x, 400_000);
            assertEquals(ref[0], v[0], 1e-9, "C(" + x + ")");
            assertEquals(ref[1], v[1], 1e-9, "S(" + x + ")");
            double[] minus = FresnelIntegrals.cs(-x);
            assertEquals(-v[0], minus[0], 0);
            assertEquals(-v[1], minus[1], 0);
        }
        // A&S table 7.7: C(1) = 0.7798934004, S(1) = 0.4382591474.
        assertEquals(0.7798934004, FresnelIntegrals.cs(1)[0], 1e-10);
        assertEquals(0.4382591474, FresnelIntegrals.cs(1)[1], 1e-10);
        assertEquals(0.5, FresnelIntegrals.cs(1e6)[0], 1e-6);
        assertEquals(0.5, FresnelIntegrals.cs(1e6)[1], 1e-6);
    }
}
