package org.modalis.mri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Cylinder;
import org.modalis.phantom.Ellipsoid;
import org.modalis.phantom.Pose;
import org.modalis.phantom.Region;
import org.modalis.phantom.SliceSpectrum;

/** The exact slab integral of the section spectra against closed forms and a 2000-plane brute force. */
class SlabSpectrumTest {

    private static final double K_MAX = 800;   // cycles/m: beyond a 256² scan of 240 mm (|k| ≤ 754)

    @Test
    void sphereInsideTheSlabGivesItsThreeDimensionalTransform() {
        // A sphere entirely inside the slab: (1/T)∫ F_section dz = (1/T)·F_3D(kx, ky, 0) with the closed form
        // F_3D = V·3(sin x − x cos x)/x³, x = 2π|k|r (Bracewell; the slab average of a whole object is its k_z = 0 plane).
        double r = 0.002, t = 0.010;
        var phantom = one(new Ellipsoid(Pose.aboutZ(0.003, -0.001, 0.001, 0), r, r, r));
        SlabSpectrum slab = SlabSpectrum.of(phantom, 0, t, K_MAX);
        double volume = 4.0 / 3 * Math.PI * r * r * r, peak = volume / t, max = 0;
        double[] re = new double[1], im = new double[1];
        for (double k = 0; k <= K_MAX; k += 7.3) {
            double kx = k * 0.6, ky = -k * 0.8, x = 2 * Math.PI * k * r;
            double f = k == 0 ? peak : peak * 3 * (Math.sin(x) - x * Math.cos(x)) / (x * x * x);
            double phase = -2 * Math.PI * (kx * 0.003 + ky * -0.001);
            slab.transform(kx, ky, re, im);
            max = Math.max(max, Math.hypot(re[0] - f * Math.cos(phase), im[0] - f * Math.sin(phase)));
        }
        // Gauss–Legendre in θ on an analytic integrand converges to the floor of the rational J₁ (≤ 1e-8 absolute in
        // J₁, measured 9.6e-10 of the peak here; 3 nodes per cycle instead of 6 gave 1.3e-6): 3e-9 of the peak.
        assertTrue(max < 3e-9 * peak, "max error / peak " + max / peak);
        assertTrue(slab.method().startsWith("exact"), slab.method());
    }

    @Test
    void tiltedEllipsoidsCutBySlabsMatchTwoThousandPlanes() {
        // An oblique ellipsoid (section centre moves with z, semi-axes shrink) cut by slabs through its middle, across
        // one pole, and nested with a REPLACE ellipsoid inside it.
        var outer = new Ellipsoid(Pose.euler(0.004, -0.006, 0.002, 0.5, 0.4, 0.3), 0.03, 0.02, 0.012);
        var inner = new Ellipsoid(Pose.euler(0.005, -0.005, 0.003, -0.2, 0.1, 0.7), 0.008, 0.006, 0.005);
        var phantom = new AnalyticPhantom("tilted", List.of(Region.of(outer, MriFixtures.WATER), Region.of(inner, MriFixtures.FAT)));
        for (double[] slab : new double[][] {{0.002, 0.010}, {0.012, 0.010}, {-0.004, 0.003}}) {
            assertMatchesBruteForce(phantom, slab[0], slab[1]);
        }
    }

    @Test
    void zCylinderIsExactWithOneNode() {
        // A z-cylinder ending inside the slab has a constant section: weight = overlap / T, one node, exact.
        var phantom = one(new Cylinder(Pose.aboutZ(0, 0, 0.003, 0.2), 0.02, 0.01, 0.004));
        SlabSpectrum slab = SlabSpectrum.of(phantom, 0, 0.008, K_MAX);
        assertEquals(1, slab.nodes().size());
        // Overlap of z ∈ [0.001, 0.005] with [−0.004, 0.004] is 3 mm of 8: area × 3/8 (rounding only).
        assertEquals(Math.PI * 0.02 * 0.01 * 3 / 8, slab.zeroFrequency()[0], 1e-15);
    }

    @Test
    void changingNestingFallsBackToManyPlanes() {
        // A REPLACE sphere poking out of the top of a larger one: inside it below z = 4.9 mm, alone above it, so the
        // structure of the plane spectrum changes inside the slab and the slab falls back to 64 midpoint planes.
        var big = new Ellipsoid(Pose.aboutZ(0, 0, 0, 0), 0.005, 0.005, 0.005);
        var small = new Ellipsoid(Pose.aboutZ(0, 0, 0.006, 0), 0.002, 0.002, 0.002);
        var phantom = new AnalyticPhantom("poke", List.of(Region.of(big, MriFixtures.WATER), Region.of(small, MriFixtures.FAT)));
        SlabSpectrum slab = SlabSpectrum.of(phantom, 0.004, 0.006, K_MAX);
        assertTrue(slab.method().contains("midpoint planes"), slab.method());
        // Still within the midpoint bound of the brute force: 64 planes, quadratic areas → ≤ 1e-3 relative.
        assertMatchesBruteForce(phantom, 0.004, 0.006, 1e-3);
    }

    private static void assertMatchesBruteForce(AnalyticPhantom phantom, double z0, double t) {
        // 2000 midpoint planes: the sections' transforms are analytic in z inside the shape (s²·jinc(sρ) is a power
        // series in s² = 1 − ((z − z_c)/h)², the phase linear), so the midpoint error is (T/2000)²/24·|F''|, with
        // |F''| ≤ (2π·k·D/T)²·F(0)·… ≈ 4e-7 of the peak here at K_MAX; 2e-6 leaves room for the ends of the shapes
        // inside the slab (a kink of F at the pole, O(Δz²) too) and the 1e-7 of the Gauss rule's own truncation.
        assertMatchesBruteForce(phantom, z0, t, 2e-6);
    }

    private static void assertMatchesBruteForce(AnalyticPhantom phantom, double z0, double t, double tolerance) {
        int planes = 2000, nt = phantom.tissues().size();
        SlabSpectrum slab = SlabSpectrum.of(phantom, z0, t, K_MAX);
        SliceSpectrum[] brute = new SliceSpectrum[planes];
        for (int i = 0; i < planes; i++) {
            brute[i] = phantom.sliceSpectrum(z0 - t / 2 + t * (i + 0.5) / planes);
        }
        double peak = 0;
        for (double v : slab.zeroFrequency()) {
            peak = Math.max(peak, Math.abs(v));
        }
        double[] re = new double[nt], im = new double[nt], pr = new double[nt], pi = new double[nt];
        double max = 0;
        for (double[] k : new double[][] {{0, 0}, {40, -25}, {-150, 90}, {300, 200}, {-420, 510}, {700, -300}}) {
            slab.transform(k[0], k[1], re, im);
            double[] sr = new double[nt], si = new double[nt];
            for (SliceSpectrum s : brute) {
                s.transform(k[0], k[1], pr, pi);
                for (int j = 0; j < nt; j++) {
                    sr[j] += pr[j] / planes;
                    si[j] += pi[j] / planes;
                }
            }
            for (int j = 0; j < nt; j++) {
                max = Math.max(max, Math.hypot(re[j] - sr[j], im[j] - si[j]));
            }
        }
        assertTrue(max < tolerance * peak, "slab at " + z0 + ", " + t + ": max error / peak " + max / peak + " (" + slab.method() + ")");
    }

    private static AnalyticPhantom one(org.modalis.phantom.Shape shape) {
        return new AnalyticPhantom("one", List.of(Region.of(shape, MriFixtures.WATER)));
    }
}
