package org.modalis.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.modalis.image.Grid;

/** ROI membership by pixel centre in the grid's centred physical coordinates. */
class RoiTest {

    /** 10 × 8 pixels of 1 mm: centres at x = ±0.5 … ±4.5 mm, y = ±0.5 … ±3.5 mm. */
    private static final Grid G = new Grid(10, 8, 1, 1e-3, 1e-3, 1e-3);

    @Test
    void rectangleOnPixelCornersSelectsAnExactBlock() {
        // Centre on the corner between pixels (6, 4) and (7, 5): x = 2 mm, y = 1 mm; 2 × 2 mm → 4 pixels.
        int[] idx = new RectangularRoi(2e-3, 1e-3, 2e-3, 2e-3).indices(G, 0);
        assertArrayEquals(new int[] {G.index(6, 4, 0), G.index(7, 4, 0), G.index(6, 5, 0), G.index(7, 5, 0)}, idx);
    }

    @Test
    void circleCountMatchesLatticePointsInTheDisc() {
        // Centred on the origin (a pixel corner) with radius 2.6 mm: centres (±a/2, ±b/2) mm, a, b odd,
        // with a² + b² ≤ 4·2.6² = 27.04: (1,1) (1,3) (3,1) (3,3) (1,5) (5,1) → 6 per quadrant, 24 in all.
        assertEquals(24, new CircularRoi(0, 0, 2.6e-3).indices(G, 0).length);
        // Area check at a larger radius: count ≈ πr²/(dx·dy) within the boundary pixels (perimeter ~ 2πr/dx).
        Grid big = Grid.square(400, 0.4, 1e-3);
        int n = new CircularRoi(0.01e-3, 0.02e-3, 0.15).indices(big, 0).length;
        double area = Math.PI * 150 * 150;
        assertEquals(area, n, 2 * Math.PI * 150 / 4); // Gauss circle problem: error ≪ perimeter
    }

    @Test
    void annulusIsTheDifferenceOfTwoDiscs() {
        Grid big = Grid.square(200, 0.2, 1e-3);
        int outer = new CircularRoi(1e-3, -2e-3, 0.06).indices(big, 0).length;
        int inner = new CircularRoi(1e-3, -2e-3, 0.04).indices(big, 0).length;
        // Inner radius is inclusive in the annulus: pixels exactly at r = 40 mm would count twice; with the
        // off-lattice centre none lie exactly there.
        assertEquals(outer - inner, new AnnularRoi(1e-3, -2e-3, 0.04, 0.06).indices(big, 0).length);
    }

    @Test
    void sliceSelectsTheStorageOffset() {
        Grid vol = new Grid(4, 4, 3, 1e-3, 1e-3, 1e-3);
        int[] idx = new RectangularRoi(-1.5e-3, -1.5e-3, 0.5e-3, 0.5e-3).indices(vol, 2); // pixel (0, 0)
        assertArrayEquals(new int[] {vol.index(0, 0, 2)}, idx);
        assertThrows(IllegalArgumentException.class, () -> new CircularRoi(0, 0, 1e-3).indices(vol, 3));
    }

    @Test
    void invalidGeometryIsRefusedWithUnit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CircularRoi(0, 0, -1));
        assertEquals("ROI radius must be > 0 m, got -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AnnularRoi(0, 0, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new RectangularRoi(0, 0, 1, 0));
    }
}
