package org.modalis.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.modalis.tissue.ConstantMaterial;
import org.modalis.tissue.Tissue;

class AnalyticPhantomTest {

    private final PhantomLibrary library = new PhantomLibrary(new TestCatalog());

    /**
     * The shipped Shepp–Logan file against the literature table (Shepp &amp; Logan 1974, in the
     * (x0, y0, A, B, α) form with 1 unit = 100 mm): the projection is Σ_e ρ_e·2A_eB_e√(a_e² − s_e'²)/a_e²
     * (Kak &amp; Slaney ch. 3). Relative 1e-12 on the total: each term is exact to ~1e-15 and the total
     * ~0.2 m never cancels to less than 1 % of its terms except near the edge, which is skipped.
     */
    @Test
    void sheppLoganProjectionsEqualSumOfEllipseClosedForms() {
        double[][] table = {{0, 0, .69, .92, 0, 2}, {0, -.0184, .6624, .874, 0, -.98}, {.22, 0, .11, .31, -18, -.02},
            {-.22, 0, .16, .41, 18, -.02}, {0, .35, .21, .25, 0, .01}, {0, .1, .046, .046, 0, .01},
            {0, -.1, .046, .046, 0, .01}, {-.08, -.605, .046, .023, 0, .01}, {0, -.606, .023, .023, 0, .01},
            {.06, -.605, .023, .046, 0, .01}};
        AnalyticPhantom sl = library.load("shepp-logan");
        assertEquals(1, sl.tissues().size());
        SplittableRandom rnd = new SplittableRandom(5);
        double worst = 0;
        double[] out = new double[1];
        for (int k = 0; k < 3000; k++) {
            double theta = rnd.nextDouble(0, Math.PI), s = rnd.nextDouble(-0.06, 0.06);
            double expected = 0;
            for (double[] e : table) {
                expected += e[5] * radon(e[0] * 0.1, e[1] * 0.1, e[2] * 0.1, e[3] * 0.1, Math.toRadians(e[4]), theta, s);
            }
            out[0] = 0;
            sl.pathLengths(ShapeChordTest.parallelRay(theta, s), out);
            worst = Math.max(worst, Math.abs(out[0] - expected) / expected);
        }
        assertTrue(worst < 1e-12, "worst relative error " + worst);
    }

    /** Radon transform of a unit-density ellipse (Kak &amp; Slaney eq. 3.8 with the rotation and shift theorems). */
    static double radon(double cx, double cy, double aa, double bb, double alpha, double theta, double s) {
        double c = Math.cos(theta - alpha), sn = Math.sin(theta - alpha);
        double a2 = aa * aa * c * c + bb * bb * sn * sn;
        double sp = s - (cx * Math.cos(theta) + cy * Math.sin(theta));
        return sp * sp >= a2 ? 0 : 2 * aa * bb * Math.sqrt(a2 - sp * sp) / a2;
    }

    /**
     * REPLACE/ADD composition: path lengths equal the midpoint-rule integral of composition() along the ray
     * (1e5 steps of h = 4 µm over [−R, R]). The integrand is piecewise constant, so only the steps that
     * straddle one of the 2·(regions hit) breakpoints are wrong, each by at most h·(coefficient jump) ≤
     * h·2·max|c|; the tolerance is that bound (≈ 1e-4 m for ten regions, the measured errors are ~1e-6 m).
     */
    @Test
    void compositionIntegralMatchesPathLengths() {
        for (String name : List.of("ct-quality", "low-contrast", "metal-hip", "bar-pattern", "forbild-head")) {
            AnalyticPhantom p = library.load(name);
            SplittableRandom rnd = new SplittableRandom(name.hashCode());
            int nt = p.tissues().size();
            for (int k = 0; k < 2; k++) {
                double theta = rnd.nextDouble(0, Math.PI), s = rnd.nextDouble(-0.09, 0.09);
                Ray ray = ShapeChordTest.parallelRay(theta, s);
                double[] exact = new double[nt];
                p.pathLengths(ray, exact);
                double r = 0.2, steps = 100_000, h = 2 * r / steps;
                double[] sum = new double[nt], c = new double[nt];
                double maxC = 0;
                for (int i = 0; i < steps; i++) {
                    double t = 1.0 - r + (i + 0.5) * h;   // the ray starts 1 m from the line's foot point
                    p.composition(ray.ox() + t * ray.ux(), ray.oy() + t * ray.uy(), ray.oz() + t * ray.uz(), c);
                    for (int q = 0; q < nt; q++) {
                        sum[q] += c[q] * h;
                        maxC = Math.max(maxC, Math.abs(c[q]));
                    }
                }
                double[] interval = new double[2];
                long hits = p.regions().stream().filter(reg -> reg.shape().intersect(ray, interval)).count();
                double tol = 2 * hits * h * 2 * maxC;
                assertTrue(hits > 0);
                for (int q = 0; q < nt; q++) {
                    assertEquals(sum[q], exact[q], tol, name + " tissue " + p.tissues().get(q).name());
                }
            }
        }
    }

    /** Hand case: water disc r = 10 cm, a bone disc r = 2 cm replaces it, a +1 % ADD disc r = 1 cm on top. */
    @Test
    void replaceThenAddByHand() {
        Tissue water = new Tissue("water", "", new ConstantMaterial("water", 20));
        Tissue bone = new Tissue("bone", "", new ConstantMaterial("bone", 50));
        AnalyticPhantom p = new AnalyticPhantom("hand", List.of(
                Region.of(new Ellipse(0, 0, 0.1, 0.1, 0), water),
                new Region(new Ellipse(0.03, 0, 0.02, 0.02, 0), bone, 2.0, Region.Mode.REPLACE),
                new Region(new Ellipse(0.03, 0, 0.01, 0.01, 0), water, 0.01, Region.Mode.ADD)));
        double[] out = new double[2];
        p.pathLengths(new Ray(-1, 0, 0, 1, 0, 0), out);
        assertEquals(0.2 - 0.04 + 0.01 * 0.02, out[0], 1e-15);
        assertEquals(2.0 * 0.04, out[1], 1e-15);
        double[] c = new double[2];
        p.composition(0.03, 0, 0, c);
        assertEquals(0.01, c[0], 1e-15);
        assertEquals(2.0, c[1], 1e-15);
        p.composition(0.045, 0, 0, c);
        assertEquals(0, c[0]);
        assertEquals(2.0, c[1]);
    }

    @Test
    void rayAlongTheAxisOfATwoDimensionalPhantomIsRejected() {
        AnalyticPhantom sl = library.load("shepp-logan");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> sl.pathLengths(new Ray(0, 0, -1, 0, 0, 1), new double[1]));
    }

    /** Parallel callers (one workspace per thread) get the serial answer bit for bit. */
    @Test
    void threadsAgreeWithSerial() {
        AnalyticPhantom p = library.load("ct-quality");
        int n = 2000;
        double[][] serial = new double[n][p.tissues().size()];
        double[][] parallel = new double[n][p.tissues().size()];
        for (int k = 0; k < n; k++) {
            p.pathLengths(ShapeChordTest.parallelRay(k * 0.01, 0.0001 * (k % 900) - 0.045), serial[k]);
        }
        java.util.stream.IntStream.range(0, n).parallel().forEach(k ->
                p.pathLengths(ShapeChordTest.parallelRay(k * 0.01, 0.0001 * (k % 900) - 0.045), parallel[k]));
        for (int k = 0; k < n; k++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(serial[k], parallel[k]);
        }
    }

    /** The 3-D phantom's ellipsoids are sliced at z = −25 mm into the 2-D phantom's ellipses (same values). */
    @Test
    void sheppLogan3dSliceIsThe2dPhantomInside() {
        AnalyticPhantom p3 = library.load("shepp-logan-3d");
        double[] c = new double[1];
        p3.composition(0, -0.03, -0.025, c);
        assertEquals(1.02, c[0], 1e-12, "brain");
        p3.composition(0.022, 0, -0.025, c);
        assertEquals(1.0, c[0], 1e-12, "right ventricle 1.02 − 0.02");
        p3.composition(0, 0.009, -0.025, c);
        assertEquals(1.03, c[0], 1e-12, "small central ellipsoid: 1.02 + 0.01");
        p3.composition(0.022, 0, 0.03, c);
        assertEquals(1.02, c[0], 1e-12, "above the ventricles (z = +30 mm) only brain");
    }

    /**
     * The FORBILD transcription: every pixel of the superposition must be one of the phantom's eight materials
     * (Yu et al. 2012 / ODL: air 0, CSF 1.045, 1.0475, brain 1.05, 1.0525, blood 1.055, eyes 1.06, bone 1.8);
     * a wrong clip plane or value would leave pixels with other sums. 1e-6 allows the float (24-bit) rasterizer output.
     */
    @Test
    void forbildPixelsAreAllKnownMaterials() {
        AnalyticPhantom f = library.load("forbild-head");
        org.modalis.image.Grid g = org.modalis.image.Grid.square(200, 0.26, 1e-3);
        float[] img = Voxelizer.rasterize(f, g, 1, new double[] {1});
        double[] allowed = {0, 1.045, 1.0475, 1.05, 1.0525, 1.055, 1.06, 1.8};
        java.util.Set<Double> seen = new java.util.TreeSet<>();
        for (float v : img) {
            double best = Double.MAX_VALUE;
            double which = Double.NaN;
            for (double a : allowed) {
                if (Math.abs(v - a) < best) {
                    best = Math.abs(v - a);
                    which = a;
                }
            }
            assertTrue(best < 1e-6, "pixel value " + v + " is no FORBILD material");
            seen.add(which);
        }
        assertTrue(seen.size() >= 6, "materials seen: " + seen);
    }
}
