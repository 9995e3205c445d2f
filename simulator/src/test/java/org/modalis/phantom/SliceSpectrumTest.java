package org.modalis.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.special.BesselJ;
import org.junit.jupiter.api.Test;
import org.modalis.tissue.ConstantMaterial;
import org.modalis.tissue.Tissue;

/** The analytic slice spectra against closed forms and against the DFT of a fine rasterization ("two routes"). */
class SliceSpectrumTest {

    private static final Tissue A = new Tissue("a", "", new ConstantMaterial("a", 1));
    private static final Tissue B = new Tissue("b", "", new ConstantMaterial("b", 1));
    private static final Tissue C = new Tissue("c", "", new ConstantMaterial("c", 1));

    @Test
    void besselJ1MatchesCommonsMath() {
        // Numerical Recipes quotes |error| < 1e-8 for this approximation; 2e-8 leaves room for rounding.
        for (double x = -30; x <= 30; x += 0.173) {
            assertEquals(BesselJ.value(1, Math.abs(x)) * Math.signum(x), BesselJ1.value(x), 2e-8, "x = " + x);
        }
    }

    @Test
    void spectrumAtZeroIsAreaTimesWeight() {
        var ellipse = new EllipseSection(0.01, -0.02, 0.03, 0.05, 0.4);
        var rect = new RectangleSection(-0.01, 0.02, 0.04, 0.02, -0.3);
        double[] out = new double[2];
        ellipse.addFourier(0, 0, 2.0, out);
        // Closed forms 2·πab and 2·wh; the J₁ Taylor branch is exact to ~1e-14 relative.
        assertEquals(2 * Math.PI * 0.03 * 0.05, out[0], 1e-15);
        out[0] = 0;
        rect.addFourier(0, 0, 2.0, out);
        assertEquals(2 * 0.04 * 0.02, out[0], 1e-15);
    }

    @Test
    void replaceLayeringMatchesRasterizedDft() {
        // A head-like REPLACE stack: outer ellipse A, B inside, a rotated rectangle C inside B, a disjoint
        // ellipse C inside A, and an ADD ellipse A on top.
        var phantom = new AnalyticPhantom("layers", List.of(
                Region.of(new Ellipse(0, 0, 0.080, 0.090, 0.1), A),
                Region.of(new Ellipse(0.005, 0.01, 0.060, 0.070, -0.2), B),
                Region.of(new Rectangle(0.01, 0.0, 0.03, 0.015, 0.5), C),
                Region.of(new Ellipse(-0.055, -0.045, 0.008, 0.006, 0.0), C),
                new Region(new Ellipse(0.0, 0.045, 0.01, 0.01, 0), A, 0.5, Region.Mode.ADD)));
        SliceSpectrum spectrum = phantom.sliceSpectrum(0);
        double[][] raster = rasterize(phantom, 1024, 0.2);
        double[] re = new double[3], im = new double[3];
        double[][] ks = {{0, 0}, {10, 0}, {0, 25}, {30, -20}, {-45, 15}};
        for (double[] k : ks) {
            spectrum.transform(k[0], k[1], re, im);
            for (int t = 0; t < 3; t++) {
                double[] ref = dft(raster[t], 1024, 0.2, k[0], k[1]);
                double scale = spectrum.zeroFrequency()[t];
                // Pixel-centre rasterization at h = 0.2 mm misplaces boundary area by O(h^1.5·√perimeter)
                // ≈ 1e-4 of the areas here; 2e-3 of F_t(0) leaves a margin and still catches a wrong sign,
                // a missing REPLACE term (≥ 10 % of F(0)) or a phase error.
                assertEquals(ref[0], re[t], 2e-3 * Math.abs(scale), "re t=" + t + " k=" + k[0] + "," + k[1]);
                assertEquals(ref[1], im[t], 2e-3 * Math.abs(scale), "im t=" + t + " k=" + k[0] + "," + k[1]);
            }
        }
    }

    @Test
    void ellipsoidSectionMatchesContainment() {
        var tilted = new Ellipsoid(Pose.euler(0.01, -0.02, 0.005, 0.3, 0.7, -0.4), 0.05, 0.03, 0.04);
        var upright = new Ellipsoid(Pose.aboutZ(0, 0, 0, 0.2), 0.05, 0.03, 0.04);
        // Closed form for w along z: semi-axes shrink by √(1 − (z/c)²) = 0.8 at z = 0.6c.
        var s = (EllipseSection) upright.section(0.024).orElseThrow();
        assertEquals(0.04, s.a(), 1e-12);
        assertEquals(0.024, s.b(), 1e-12);
        var cut = tilted.section(0.015).orElseThrow();
        Random random = new Random(1);
        for (int i = 0; i < 20000; i++) {
            double x = -0.07 + 0.14 * random.nextDouble(), y = -0.07 + 0.14 * random.nextDouble();
            // Points within 1e-6 relative of the boundary may disagree by rounding; skip that sliver.
            if (cut.contains(x, y, 1e-6) != cut.contains(x, y, -1e-6)) {
                continue;
            }
            assertEquals(tilted.contains(x, y, 0.015), cut.contains(x, y, 0), "(" + x + ", " + y + ")");
        }
        assertTrue(tilted.section(0.2).isEmpty());
    }

    @Test
    void partialOverlapAndClippedSectionsAreRefused() {
        var overlap = new AnalyticPhantom("overlap", List.of(
                Region.of(new Ellipse(0, 0, 0.05, 0.05, 0), A),
                Region.of(new Ellipse(0.05, 0, 0.03, 0.03, 0), B)));
        var e = assertThrows(UnsupportedOperationException.class, () -> overlap.sliceSpectrum(0));
        assertTrue(e.getMessage().contains("partially overlaps"), e.getMessage());
        var clipped = new Ellipse(0, 0, 0.05, 0.05, 0, List.of(new ClipPlane(1, 0, 0, 0.01)));
        assertThrows(UnsupportedOperationException.class, () -> clipped.section(0));
        var clippedAway = new Ellipse(0, 0, 0.05, 0.05, 0, List.of(new ClipPlane(1, 0, 0, -0.06)));
        assertTrue(clippedAway.section(0).isEmpty());
    }

    /** Per-tissue composition sampled at pixel centres of an n × n grid over [−fov/2, fov/2]². */
    private static double[][] rasterize(AnalyticPhantom p, int n, double fov) {
        int nt = p.tissues().size();
        double[][] out = new double[nt][n * n];
        double[] c = new double[nt];
        double h = fov / n;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                p.composition(-fov / 2 + (i + 0.5) * h, -fov / 2 + (j + 0.5) * h, 0, c);
                for (int t = 0; t < nt; t++) {
                    out[t][j * n + i] = c[t];
                }
            }
        }
        return out;
    }

    /** Σ f(x, y)·e^(−2πi(kx·x + ky·y))·h², separable in x and y. */
    private static double[] dft(double[] f, int n, double fov, double kx, double ky) {
        double h = fov / n;
        double[] cx = new double[n], sx = new double[n];
        for (int i = 0; i < n; i++) {
            double x = -fov / 2 + (i + 0.5) * h;
            cx[i] = Math.cos(-2 * Math.PI * kx * x);
            sx[i] = Math.sin(-2 * Math.PI * kx * x);
        }
        double re = 0, im = 0;
        for (int j = 0; j < n; j++) {
            double y = -fov / 2 + (j + 0.5) * h;
            double cy = Math.cos(-2 * Math.PI * ky * y), sy = Math.sin(-2 * Math.PI * ky * y);
            double rowRe = 0, rowIm = 0;
            for (int i = 0; i < n; i++) {
                rowRe += f[j * n + i] * cx[i];
                rowIm += f[j * n + i] * sx[i];
            }
            re += rowRe * cy - rowIm * sy;
            im += rowRe * sy + rowIm * cy;
        }
        return new double[] {re * h * h, im * h * h};
    }
}
