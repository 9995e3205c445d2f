package org.modalis.xray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/** The grid-line metric against closed forms: a square wave of period 2 and a linear ramp. */
class GridLineModulationTest {

    private static Image image(int nx, int ny, java.util.function.IntToDoubleFunction column) {
        float[] v = new float[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                v[j * nx + i] = (float) column.applyAsDouble(i);
            }
        }
        return new Image(new Grid(nx, ny, 1, 1e-3, 1e-3, 1e-3), v, "t", "1", Window.ofRange(0, 1));
    }

    /**
     * Columns alternating 1 ± a: the 9-column running mean is 1 ± a/9 (five of one sign, four of the other), so the
     * deviation is ±(8/9)·a and rms/mean = (8/9)·a exactly (float rounding aside).
     */
    @Test
    void alternatingColumnsGiveEightNinthsOfTheirAmplitude() {
        double a = 0.1;
        double m = XrayMetrics.lineModulation(image(64, 16, i -> 1 + (i % 2 == 0 ? a : -a)));
        assertEquals(8.0 / 9 * a, m, 1e-6);
    }

    /** A linear ramp equals its running mean column by column: no modulation. */
    @Test
    void aRampHasNone() {
        assertEquals(0, XrayMetrics.lineModulation(image(64, 16, i -> 0.5 + 0.004 * i)), 1e-6);
    }
}
