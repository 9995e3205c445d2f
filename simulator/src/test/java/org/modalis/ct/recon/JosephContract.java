package org.modalis.ct.recon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modalis.ct.CtGeometry;
import org.modalis.ct.DetectorShape;
import org.modalis.ct.FanBeamGeometry;
import org.modalis.ct.ParallelBeamGeometry;
import org.modalis.image.Grid;
import org.modalis.phantom.Ray;
import org.modalis.physics.Rng;

/**
 * The contract of a Joseph forward projector, shared by the CPU twin ({@link JosephProjectorTest}) and the GL
 * twin ({@code gpu.ct.GlJosephProjectorTest}): closed forms and the slice-stack layout. An implementing test
 * supplies {@link #project}.
 */
public interface JosephContract {

    /** The projector under test: {@code image} (nx × ny × nz) into {@code out} (nz × views × bins). */
    void project(float[] image, Grid grid, CtGeometry g, float[] out);

    /** Geometries of the closed-form tests: parallel and fan (arc, flat), offsets, 180° to 4 rad. */
    static Stream<CtGeometry> geometries() {
        return Stream.of(
                new ParallelBeamGeometry(60, 0.1, Math.PI, 70, 0.2 / 48, 0.25),
                new ParallelBeamGeometry(45, -0.3, 2 * Math.PI, 40, 0.0055, -0.5),
                new FanBeamGeometry(60, 0.2, 2 * Math.PI, 64, 0.45 / 64, 0.5, 1.0, DetectorShape.ARC, 0.25),
                new FanBeamGeometry(50, -1.0, 4.0, 64, 0.45 / 64, 0.5, 1.0, DetectorShape.FLAT, -0.25));
    }

    /** Standard normal samples, seeded. */
    static float[] gaussianNoise(int n, long seed) {
        Rng rng = new Rng(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) rng.gaussian();
        }
        return a;
    }

    /**
     * A constant image μ on an n × n square of side L: every ray through the centre crosses it on a chord of
     * L/max(|cosθ|, |sinθ|), and Joseph's sum is exact there (each row sample interpolates between two
     * inside pixels, up to 45°). Tolerance 1e-6 relative: float rounding of ≤ 64 additions (≈ 64·6e-8 worst case).
     */
    @Test
    default void constantImageGivesChordLengths() {
        Grid grid = Grid.square(64, 0.128, 1e-3);
        float mu = 19.5f;
        float[] image = new float[64 * 64];
        Arrays.fill(image, mu);
        ParallelBeamGeometry g = new ParallelBeamGeometry(16, 0.05, Math.PI, 1, 1e-4, 0.0); // one bin at t = 0
        float[] out = new float[16];
        project(image, grid, g, out);
        for (int v = 0; v < 16; v++) {
            double th = g.viewAngle(v);
            double chord = 0.128 / Math.max(Math.abs(Math.cos(th)), Math.abs(Math.sin(th)));
            assertEquals(mu * chord, out[v], 1e-6 * mu * chord, "view " + v);
        }
    }

    /**
     * A sampled Gaussian blob A·exp(−r²/2σ²), σ = 4 pixels, whose exact line integral at distance d from its
     * centre is A·√(2π)·σ·exp(−d²/2σ²). Joseph's error is that of linear interpolation across the ray,
     * ≤ (h²/8)·∫|∂²f/∂c²| dl ≤ (h²/8)(2/σ²)·A√(2π)σ = A√(2π)σ/64 ≈ 1.6 % of the peak (the sampling along
     * the ray, a midpoint rule on a smooth function, adds ~exp(−2π²σ²/h²) ≈ 0). Tolerance: 1.6 % of the peak.
     */
    @ParameterizedTest
    @MethodSource("org.modalis.ct.recon.JosephContract#geometries")
    default void gaussianBlobMatchesItsLineIntegrals(CtGeometry g) {
        Grid grid = Grid.square(48, 0.2, 1e-3);
        double sigma = 4 * grid.dx();
        double cx = 0.011;
        double cy = -0.007;
        float[] image = new float[48 * 48];
        for (int j = 0; j < 48; j++) {
            for (int i = 0; i < 48; i++) {
                double r2 = Math.pow(grid.x(i) - cx, 2) + Math.pow(grid.y(j) - cy, 2);
                image[j * 48 + i] = (float) Math.exp(-r2 / (2 * sigma * sigma));
            }
        }
        float[] out = new float[g.views() * g.bins()];
        project(image, grid, g, out);
        double peak = Math.sqrt(2 * Math.PI) * sigma;
        double worst = 0;
        for (int v = 0; v < g.views(); v++) {
            for (int b = 0; b < g.bins(); b++) {
                Ray ray = g.ray(v, g.binCentre(b));
                double d = (cx - ray.ox()) * ray.uy() - (cy - ray.oy()) * ray.ux(); // distance to the line
                double exact = peak * Math.exp(-d * d / (2 * sigma * sigma));
                worst = Math.max(worst, Math.abs(out[v * g.bins() + b] - exact));
            }
        }
        System.out.printf("%s Gaussian blob %s: max error %.2e of peak%n", getClass().getSimpleName(),
                g.getClass().getSimpleName(), worst / peak);
        assertTrue(worst <= 0.016 * peak, "max error " + worst / peak + " of the peak");
    }

    /** A volume is a stack of slices: slice z of the volume's projection is the projection of slice z. */
    @Test
    default void volumeProjectsSliceBySlice() {
        Grid volume = new Grid(24, 20, 3, 1e-3, 1.2e-3, 2e-3);
        Grid slice = new Grid(24, 20, 1, 1e-3, 1.2e-3, 2e-3);
        CtGeometry g = FanBeamGeometry.fullScan(12, 30, 0.005, 0.3, 0.6, DetectorShape.ARC);
        float[] image = gaussianNoise(24 * 20 * 3, 3);
        float[] all = new float[3 * 12 * 30];
        project(image, volume, g, all);
        for (int z = 0; z < 3; z++) {
            float[] one = Arrays.copyOfRange(image, z * 480, (z + 1) * 480);
            float[] out = new float[12 * 30];
            project(one, slice, g, out);
            assertArrayEquals(out, Arrays.copyOfRange(all, z * 360, (z + 1) * 360), 0f, "slice " + z);
        }
    }

    @Test
    default void rejectsWrongSizes() {
        ParallelBeamGeometry g = ParallelBeamGeometry.standard(10, 16, 1e-3);
        Grid grid = Grid.square(16, 0.016, 1e-3);
        assertThrows(IllegalArgumentException.class, () -> project(new float[255], grid, g, new float[160]));
        assertThrows(IllegalArgumentException.class, () -> project(new float[256], grid, g, new float[150]));
    }
}
