package org.modalis.ct.recon;

import org.modalis.ct.CtGeometry;
import org.modalis.ct.FanBeamGeometry;
import org.modalis.image.Grid;

/**
 * The scan field: the circle about the isocentre that every view of a full scan sees. Outside it FBP has
 * incomplete data, so scanners (and scikit-image's {@code iradon(circle=True)}) show nothing there. A pixel
 * belongs to it when its centre does: x² + y² ≤ R².
 */
public final class ScanField {

    private ScanField() {
    }

    /**
     * Radius [m] of the circle covered by the detector in every view: the distance from the isocentre of the
     * ray through the inner edge of the outermost bin on the shorter side (a detector offset shortens one side).
     */
    public static double radius(CtGeometry g) {
        double inner = Math.min(g.binCoordinate(g.bins()), -g.binCoordinate(0));
        if (g instanceof FanBeamGeometry f) {
            double gamma = Math.abs(f.fanAngle(inner));
            return f.sourceIsoM() * Math.sin(gamma);
        }
        return inner;
    }

    /** Whether pixel (i, j)'s centre lies in the circle of radius r. */
    static boolean inside(Grid grid, int i, int j, double r) {
        double x = grid.x(i);
        double y = grid.y(j);
        return x * x + y * y <= r * r;
    }

    /** The pixels of row j inside the circle, as [i0, i1) packed (i0 &lt;&lt; 32) | i1 (empty: i0 = i1). */
    static long rowRange(Grid grid, int j, double r) {
        double y = grid.y(j);
        if (y * y > r * r) {
            return 0L;
        }
        double half = Math.sqrt(r * r - y * y);
        int i0 = (int) Math.max(0, Math.floor((-half - grid.x(0)) / grid.dx()));
        int i1 = (int) Math.min(grid.nx(), Math.ceil((half - grid.x(0)) / grid.dx()) + 1);
        // Settle the edges by the membership test itself, so every caller agrees pixel for pixel.
        while (i0 < i1 && !inside(grid, i0, j, r)) {
            i0++;
        }
        while (i1 > i0 && !inside(grid, i1 - 1, j, r)) {
            i1--;
        }
        return ((long) i0 << 32) | i1;
    }

    /** Sets every pixel outside the circle to 0. */
    public static void clearOutside(Grid grid, double r, float[] image) {
        for (int j = 0; j < grid.ny(); j++) {
            long range = rowRange(grid, j, r);
            int i0 = (int) (range >>> 32);
            int i1 = (int) range;
            for (int i = 0; i < grid.nx(); i++) {
                if (i < i0 || i >= i1) {
                    image[j * grid.nx() + i] = 0f;
                }
            }
        }
    }
}
