package org.modalis.ct.recon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.modalis.ct.CtGeometry;
import org.modalis.ct.DetectorShape;
import org.modalis.ct.FanBeamGeometry;
import org.modalis.ct.ParallelBeamGeometry;
import org.modalis.image.Grid;

/** Reconstructing the scan field only gives the full image inside the circle and zeros outside. */
class ScanFieldTest {

    private static float[] noise(int n, long seed) {
        Random r = new Random(seed);
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            s[i] = (float) r.nextGaussian();
        }
        return s;
    }

    private static void check(CtGeometry g, Grid grid) {
        float[] sino = noise(g.views() * g.bins(), 3);
        float[] full = new float[(int) grid.size()];
        float[] field = new float[(int) grid.size()];
        CpuBackprojector bp = new CpuBackprojector();
        bp.backproject(sino, g, grid, full);
        double r = ScanField.radius(g);
        bp.backprojectScanField(sino, g, grid, field, r);
        int inside = 0;
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                int p = j * grid.nx() + i;
                if (ScanField.inside(grid, i, j, r)) {
                    // Same operations in the same order: identical values.
                    assertEquals(full[p], field[p], 0f, "pixel " + i + "," + j);
                    inside++;
                } else {
                    assertEquals(0f, field[p], 0f);
                }
            }
        }
        assertTrue(inside > 0.7 * grid.size() && inside < grid.size(), "inside " + inside + " of " + grid.size());
    }

    @Test
    void parallelBeamSkipsOnlyOutsideTheCircle() {
        check(ParallelBeamGeometry.standard(60, 64, 1e-3), Grid.square(64, 0.064, 1e-3));
        check(new ParallelBeamGeometry(45, 0.1, Math.PI, 65, 1e-3, 0.25), Grid.square(65, 0.065, 1e-3));
    }

    @Test
    void fanBeamClearsOutsideTheCircle() {
        // 96 bins of 1.2 mrad seen from 0.5 m: a field of ≈ 28.7 mm radius on a 60 mm grid.
        FanBeamGeometry g = new FanBeamGeometry(90, 0, 2 * Math.PI, 96, 1.2e-3, 0.5, 1.0, DetectorShape.ARC, 0.25);
        check(g, Grid.square(64, 0.06, 1e-3));
    }

    @Test
    void radiusIsTheDetectorHalfWidthForParallelBeam() {
        // 64 bins of 1 mm, centred: 32 mm; a quarter-bin offset shortens one side by 0.25 mm.
        assertEquals(0.032, ScanField.radius(ParallelBeamGeometry.standard(10, 64, 1e-3)), 1e-12);
        assertEquals(0.03175, ScanField.radius(new ParallelBeamGeometry(10, 0, Math.PI, 64, 1e-3, 0.25)), 1e-12);
    }
}
