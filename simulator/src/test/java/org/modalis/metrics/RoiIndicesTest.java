package org.modalis.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.modalis.image.Grid;

/** The bounding-box scan of {@link Roi#indices} finds exactly the pixels a scan of the whole grid finds. */
class RoiIndicesTest {

    @Test
    void boundingBoxScanEqualsTheFullScan() {
        SplittableRandom r = new SplittableRandom(7);
        List<Grid> grids = List.of(new Grid(64, 64, 1, 1e-3, 1e-3, 1e-3), new Grid(37, 52, 2, 0.7e-3, 1.3e-3, 1e-3));
        int members = 0;
        for (Grid g : grids) {
            for (int n = 0; n < 300; n++) {
                double cx = (r.nextDouble() - 0.5) * 0.09, cy = (r.nextDouble() - 0.5) * 0.09;
                double a = 1e-4 + r.nextDouble() * 0.02, b = 1e-4 + r.nextDouble() * 0.02;
                // Pixel-aligned sizes too, where centres fall exactly on the boundary.
                if (n % 5 == 0) {
                    a = (1 + r.nextInt(8)) * g.dx();
                    cx = Math.round(cx / g.dx()) * g.dx();
                }
                for (Roi roi : List.of(new CircularRoi(cx, cy, a), new RectangularRoi(cx, cy, a, b),
                        new AnnularRoi(cx, cy, Math.min(a, b) / 2, Math.max(a, b)))) {
                    int k = n % g.nz();
                    int[] fast = roi.indices(g, k);
                    assertArrayEquals(fullScan(roi, g, k), fast, roi.describe());
                    members += fast.length;
                }
            }
        }
        assertTrue(members > 10_000, "the ROIs must hold pixels for the comparison to mean something: " + members);
    }

    private static int[] fullScan(Roi roi, Grid g, int k) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                if (roi.contains(g.x(i), g.y(j))) {
                    out.add(g.index(i, j, k));
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
