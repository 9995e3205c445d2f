package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.modalis.image.Window;

/** Windowing into texture bytes, window/level dragging and the radiology presets. */
class DisplayMappingTest {

    @Test
    void greyBytesAreWindowGreyWithLargestYAtTheTop() {
        // 3×2 image: row j = 0 holds y < 0, row j = 1 y > 0; the top display row must be j = 1.
        float[] hu = {-1000, 0, 40, 240, 1000, -160};
        Window w = new Window(40, 400);
        byte[] rgba = new byte[4 * 6];
        GreyMapper.map(hu, 3, 2, w, true, rgba);
        int[] expectTopFirst = {w.grey(240), w.grey(1000), w.grey(-160), w.grey(-1000), w.grey(0), w.grey(40)};
        for (int p = 0; p < 6; p++) {
            // Exact: the mapper calls Window.grey, the same function as the PNG export.
            assertEquals(expectTopFirst[p], rgba[4 * p] & 0xff, "pixel " + p);
            assertEquals(rgba[4 * p] & 0xff, rgba[4 * p + 1] & 0xff);
            assertEquals(255, rgba[4 * p + 3] & 0xff, "opaque");
        }
        // Closed form of the window: level 40, width 400 maps 240 HU (top) to 255, −160 HU to 0, 40 HU to 127.5 → 128.
        assertEquals(255, rgba[0] & 0xff);
        assertEquals(0, rgba[8] & 0xff);
        assertEquals(128, rgba[4 * 5] & 0xff);
    }

    @Test
    void sinogramKeepsViewZeroAtTheTop() {
        float[] p = {0, 1, 2, 3};
        byte[] rgba = new byte[16];
        GreyMapper.map(p, 2, 2, Window.ofRange(0, 3), false, rgba);
        assertEquals(0, rgba[0] & 0xff);
        assertEquals(255, rgba[12] & 0xff);
    }

    @Test
    void presetsAreTheClinicalWindows() {
        assertEquals(new Window(40, 80), WindowPreset.BRAIN.window());
        assertEquals(new Window(-600, 1500), WindowPreset.LUNG.window());
        assertEquals(new Window(400, 1800), WindowPreset.BONE.window());
        assertEquals(new Window(40, 400), WindowPreset.ABDOMEN.window());
        assertEquals("lung -600/1500", WindowPreset.LUNG.describe());
    }

    @Test
    void rightDragScalesWidthAndShiftsLevel() {
        Window start = new Window(40, 400);
        assertEquals(start, WindowLevelDrag.apply(start, 0, 0));
        Window wider = WindowLevelDrag.apply(start, 200, 0);
        // 200 px to the right multiplies the width by e (the e-folding length), level unchanged.
        assertEquals(400 * Math.E, wider.width(), 1e-9);
        assertEquals(40, wider.level(), 0);
        Window lower = WindowLevelDrag.apply(start, 0, -256);
        // 256 px up lowers the level by one width (one grey step per pixel).
        assertEquals(40 - 400, lower.level(), 1e-9);
        assertEquals(1, WindowLevelDrag.apply(start, -5000, 0).width(), 0, "width clamped at 1 HU");
    }

    @Test
    void sweepShowsOnlyTheAcquiredViews() {
        // 3 views × 4 bins; 2 views acquired keep the first 2 rows (8 values).
        var geometry = org.modalis.ct.ParallelBeamGeometry.standard(3, 4, 1e-3);
        float[] data = new float[12];
        for (int k = 0; k < 12; k++) {
            data[k] = k + 1;
        }
        float[] out = new float[12];
        SinogramSweep.upTo(new org.modalis.ct.Sinogram(geometry, data), 2, -7, out);
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6, 7, 8, -7, -7, -7, -7}, out);
        assertThrows(IllegalArgumentException.class, () -> SinogramSweep.upTo(new org.modalis.ct.Sinogram(geometry, data), 5, 0, out));
    }

    @Test
    void flickerAlternatesEveryHalfPeriod() {
        // Period 1 s: A during [0, 0.5) s, B during [0.5, 1) s, and again.
        assertEquals(true, CompareMode.showsA(0.0));
        assertEquals(true, CompareMode.showsA(0.49));
        assertEquals(false, CompareMode.showsA(0.51));
        assertEquals(true, CompareMode.showsA(1.2));
        assertEquals(false, CompareMode.showsA(7.75));
    }
}
