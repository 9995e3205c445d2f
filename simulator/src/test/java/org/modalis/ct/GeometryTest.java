package org.modalis.ct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.modalis.phantom.Ray;

/** Conventions of the CT geometries (docs/conventions.md), checked against their definitions. */
class GeometryTest {

    private static final double EPS = 1e-12; // double rounding of O(1) trigonometry

    /** Normal-form (t, θ) of a ray's line, θ ∈ (−π, π]. */
    private static double[] normalForm(Ray r) {
        double theta = Math.atan2(-r.ux(), r.uy());
        return new double[] {r.ox() * Math.cos(theta) + r.oy() * Math.sin(theta), theta};
    }

    /** Same line: (t, θ) equal, or (−t, θ + π). */
    private static void assertSameLine(double t, double theta, Ray r) {
        double[] n = normalForm(r);
        double dTheta = Math.IEEEremainder(n[1] - theta, 2 * Math.PI);
        if (Math.abs(dTheta) < 1e-6) {
            assertEquals(t, n[0], EPS, "t");
        } else {
            assertEquals(Math.PI, Math.abs(dTheta), 1e-9, "θ modulo π");
            assertEquals(-t, n[0], EPS, "t (opposite orientation)");
        }
    }

    @Test
    void parallelBinsAndRays() {
        var g = new ParallelBeamGeometry(180, 0.3, Math.PI, 100, 2e-3, 0.25);
        assertEquals((0.5 - 50 + 0.25) * 2e-3, g.binCentre(0), EPS);
        assertEquals(37.3, g.binIndex(g.binCoordinate(37.3)), 1e-9);
        assertEquals(0.3 + 7 * Math.PI / 180, g.viewAngle(7), EPS);
        Ray r = g.ray(7, 0.01);
        double theta = g.viewAngle(7);
        assertEquals(-Math.sin(theta), r.ux(), EPS);
        assertEquals(Math.cos(theta), r.uy(), EPS);
        assertSameLine(0.01, theta, r);
        assertFalse(g.shortScan());
        assertTrue(new ParallelBeamGeometry(90, 0, Math.PI / 2, 100, 1e-3, 0).shortScan());
    }

    /** Kak &amp; Slaney §3.4.1 with our orientation: the fan ray at γ is the parallel ray (D sinγ, β + γ). */
    @ParameterizedTest
    @EnumSource(DetectorShape.class)
    void fanRayIsParallelRayAtBetaPlusGamma(DetectorShape shape) {
        double spacing = shape == DetectorShape.ARC ? 0.4 / 64 : 0.4 / 64;
        var g = new FanBeamGeometry(90, 0.4, 2 * Math.PI, 64, spacing, 0.5, 0.9, shape, 0.25);
        for (int v : new int[] {0, 13, 77}) {
            for (int b : new int[] {0, 20, 63}) {
                double u = g.binCentre(b);
                double gamma = shape == DetectorShape.ARC ? u : Math.atan(u / 0.9);
                assertSameLine(0.5 * Math.sin(gamma), g.viewAngle(v) + gamma, g.ray(v, u));
            }
        }
    }

    @Test
    void flatRayHitsItsDetectorPoint() {
        var g = new FanBeamGeometry(90, 0.0, 2 * Math.PI, 64, 1e-3, 0.5, 0.9, DetectorShape.FLAT, 0.0);
        int v = 31;
        double beta = g.viewAngle(v);
        double u = g.binCentre(50);
        // Detector centre at S + SDD·d₀, d₀ = (sinβ, −cosβ); the point u along e_u = (cosβ, sinβ).
        double px = g.sourceX(v) + 0.9 * Math.sin(beta) + u * Math.cos(beta);
        double py = g.sourceY(v) - 0.9 * Math.cos(beta) + u * Math.sin(beta);
        Ray r = g.ray(v, u);
        double cross = (px - r.ox()) * r.uy() - (py - r.oy()) * r.ux();
        assertEquals(0.0, cross, EPS, "distance of the detector point from the ray");
    }

    @Test
    void shortScanCoversHalfTurnPlusFanAngle() {
        var g = FanBeamGeometry.shortScan(300, 100, 0.004, 0.5, 1.0, DetectorShape.ARC);
        assertEquals(Math.PI + 100 * 0.004, g.arcRad(), EPS);
        assertTrue(g.shortScan());
        assertFalse(FanBeamGeometry.fullScan(300, 100, 0.004, 0.5, 1.0, DetectorShape.ARC).shortScan());
        var flat = FanBeamGeometry.shortScan(300, 100, 1e-3, 0.5, 1.0, DetectorShape.FLAT);
        assertEquals(Math.PI + 2 * Math.atan(0.05 / 1.0), flat.arcRad(), EPS);
    }

    @Test
    void invalidInputsAreRejectedWithTheirRange() {
        var g = ParallelBeamGeometry.standard(10, 20, 1e-3);
        var e = assertThrows(IllegalArgumentException.class, () -> new Sinogram(g, new float[199]));
        assertTrue(e.getMessage().contains("10 × 20"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ParallelBeamGeometry(0, 0, Math.PI, 10, 1e-3, 0));
        assertThrows(IllegalArgumentException.class, () -> new ParallelBeamGeometry(10, 0, 0, 10, 1e-3, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new FanBeamGeometry(10, 0, Math.PI, 10, 1e-3, 0.5, 0.4, DetectorShape.FLAT, 0));
    }
}
