package org.modalis.ct.recon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modalis.ct.AnalyticPhantoms;
import org.modalis.ct.CtGeometry;
import org.modalis.ct.DetectorShape;
import org.modalis.ct.FanBeamGeometry;
import org.modalis.ct.ParallelBeamGeometry;
import org.modalis.image.Grid;
import org.modalis.physics.Rng;

/** The fast backprojector against the double-precision reference, and its transpose against it. */
class BackprojectorTest {

    private static final Grid GRID = Grid.square(48, 0.2, 1e-3);

    static Stream<CtGeometry> geometries() {
        double dx = GRID.dx();
        return Stream.of(
                new ParallelBeamGeometry(60, 0.1, Math.PI, 70, dx, 0.25),
                new ParallelBeamGeometry(45, -0.3, 2 * Math.PI, 40, 1.3 * dx, -0.5),
                new FanBeamGeometry(60, 0.2, 2 * Math.PI, 64, 0.45 / 64, 0.5, 1.0, DetectorShape.ARC, 0.25),
                new FanBeamGeometry(50, -1.0, 4.0, 64, 0.45 / 64, 0.5, 1.0, DetectorShape.FLAT, -0.25),
                // An odd number of views: the backprojector takes views in pairs and the last one alone.
                new FanBeamGeometry(61, 0.3, 2 * Math.PI, 80, 0.6 / 80, 0.5, 1.0, DetectorShape.ARC, 0.0),
                // Full scans with a view count divisible by 4 use the quarter-turn symmetry on a square centred grid
                // (the 60-view arc above too); 36 views: an odd quarter (9), whose last view goes alone.
                new FanBeamGeometry(36, 0.7, 2 * Math.PI, 64, 0.45 / 64, 0.5, 1.0, DetectorShape.FLAT, 0.25));
    }

    private static float[] random(int n, long seed) {
        Rng rng = new Rng(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) rng.gaussian();
        }
        return a;
    }

    /** A square grid and a rectangular one with rectangular pixels (rows ↔ y, columns ↔ x not swapped). */
    @ParameterizedTest
    @MethodSource("geometries")
    void fastMatchesReference(CtGeometry g) {
        assertFastMatchesReference(g, GRID);
        assertFastMatchesReference(g, new Grid(40, 56, 1, 0.17 / 40, 0.19 / 56, 1e-3));
    }

    private static void assertFastMatchesReference(CtGeometry g, Grid grid) {
        float[] s = AnalyticPhantoms.sinogram(AnalyticPhantoms.modifiedSheppLogan(0.09, 20), g, 1).data();
        float[] fast = new float[Math.toIntExact(grid.size())];
        float[] ref = new float[fast.length];
        new CpuBackprojector().backproject(s, g, grid, fast);
        new ReferenceBackprojector().backproject(s, g, grid, ref);
        double max = 0;
        double maxDiff = 0;
        for (int i = 0; i < fast.length; i++) {
            max = Math.max(max, Math.abs(ref[i]));
            maxDiff = Math.max(maxDiff, Math.abs(fast[i] - ref[i]));
        }
        // Float rounding: positions p = u/Δ + shift carry ~|p|·6e-8 ≈ 1e-5 bins, and ~60 float additions add
        // ~60·6e-8 relative; measured max|fast − ref|/max|ref| ≈ 1e-6 for all four geometries, bound 1e-5.
        // A one-bin or half-pixel slip, a missing Δ or a wrong distance weight gives errors of order 1e-1.
        assertTrue(maxDiff <= 1e-5 * max, g + ", " + grid + ": max|fast − reference| = " + maxDiff + ", max|reference| = " + max);
    }

    /** ⟨x, B y⟩ = ⟨P x, y⟩ for random x, y: the projector is the transpose of the backprojector. */
    @ParameterizedTest
    @MethodSource("geometries")
    void projectorIsTheAdjoint(CtGeometry g) {
        float[] x = random(48 * 48, 1);
        float[] y = random(g.views() * g.bins(), 2);
        float[] by = new float[x.length];
        float[] px = new float[y.length];
        new CpuBackprojector().backproject(y, g, GRID, by);
        new PixelDrivenProjector().project(x, GRID, g, px);
        double lhs = 0;
        double rhs = 0;
        for (int i = 0; i < x.length; i++) {
            lhs += (double) x[i] * by[i];
        }
        for (int i = 0; i < y.length; i++) {
            rhs += (double) y[i] * px[i];
        }
        // Float accumulation only (both sides use identical weights): measured relative gap ≤ 6e-7; bound 1e-5.
        double rel = Math.abs(lhs - rhs) / Math.abs(lhs);
        assertTrue(rel < 1e-5, g + ": ⟨x, By⟩ = " + lhs + ", ⟨Px, y⟩ = " + rhs + ", relative gap " + rel);
    }

    /** The symmetric path is taken exactly where it holds, so the comparisons above test both paths. */
    @org.junit.jupiter.api.Test
    void quarterTurnsApplyToFullScansOnCentredSquareGridsOnly() {
        FanBeamGeometry full = new FanBeamGeometry(60, 0.2, 2 * Math.PI, 64, 0.45 / 64, 0.5, 1.0, DetectorShape.ARC, 0.25);
        assertTrue(QuarterTurns.of(ViewTables.of(full, GRID), 48, 48, 60) != null, "60 views over 2π on 48²");
        Grid rectangular = new Grid(40, 56, 1, 0.17 / 40, 0.19 / 56, 1e-3);
        assertTrue(QuarterTurns.of(ViewTables.of(full, rectangular), 40, 56, 60) == null, "rectangular grid");
        FanBeamGeometry odd = new FanBeamGeometry(61, 0.3, 2 * Math.PI, 80, 0.6 / 80, 0.5, 1.0, DetectorShape.ARC, 0.0);
        assertTrue(QuarterTurns.of(ViewTables.of(odd, GRID), 48, 48, 61) == null, "61 views");
        FanBeamGeometry shortScan = new FanBeamGeometry(60, 0.0, 4.0, 64, 0.45 / 64, 0.5, 1.0, DetectorShape.FLAT, 0.0);
        assertTrue(QuarterTurns.of(ViewTables.of(shortScan, GRID), 48, 48, 60) == null, "a 4 rad arc");
        FanBeamGeometry near = FanBeamGeometry.fullScan(40, 64, 1.6 / 64, 0.12, 0.3, DetectorShape.ARC);
        assertTrue(QuarterTurns.of(ViewTables.of(near, GRID), 48, 48, 40) == null, "grid corners beyond half the source circle");
        ParallelBeamGeometry parallel = new ParallelBeamGeometry(60, 0.0, 2 * Math.PI, 70, GRID.dx(), 0.0);
        assertTrue(QuarterTurns.of(ViewTables.of(parallel, GRID), 48, 48, 60) == null, "parallel beam");
        // R maps pixel (i, j) to (j, n − 1 − i) on Grid.square (x = x0 + i·dx, y = y0 + j·dy, both increasing),
        // and R⁴ is the identity.
        QuarterTurns q = QuarterTurns.of(ViewTables.of(full, GRID), 48, 48, 60);
        for (int p = 0; p < 48 * 48; p++) {
            int i = p % 48, j = p / 48;
            assertEquals((47 - i) * 48 + j, q.source[1][p], "R(" + i + ", " + j + ")");
            assertEquals(p, q.source[1][q.source[3][p]], "R·R³ = identity at " + p);
        }
    }

    @org.junit.jupiter.api.Test
    void volumesAreRejected() {
        CtGeometry g = ParallelBeamGeometry.standard(10, 16, 1e-3);
        Grid volume = new Grid(16, 16, 2, 1e-3, 1e-3, 1e-3);
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new CpuBackprojector().backproject(new float[160], g, volume, new float[512]));
        assertTrue(e.getMessage().contains("nz = 2"), e.getMessage());
    }
}
