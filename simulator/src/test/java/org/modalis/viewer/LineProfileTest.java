package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.metrics.CircularRoi;

/** The profile tool and the ROI's conversion to metres. */
class LineProfileTest {

    @Test
    void bilinearProfileOfAPlaneIsExact() {
        // f(i, j) = 3 + 2i − 5j at pixel centres: bilinear interpolation reproduces a plane exactly, so the
        // profile equals the plane along the line up to float rounding (values ≤ 200: 1e-4 is ~20 ulp).
        Grid g = Grid.square(32, 0.032, 0.001);
        float[] d = new float[32 * 32];
        for (int j = 0; j < 32; j++) {
            for (int i = 0; i < 32; i++) {
                d[i + 32 * j] = 3 + 2 * i - 5 * j;
            }
        }
        Image img = new Image(g, d, "test", "HU", new Window(0, 1));
        LineProfile p = LineProfile.sample(img, 4.5, 10.5, 24.5, 25.5); // from pixel (4,10) to pixel (24,25)
        assertEquals(26, p.values().length, "ceil(length 25) + 1 samples");
        for (int k = 0; k < p.values().length; k++) {
            double t = k / 25.0;
            double i = 4 + 20 * t;
            double j = 10 + 15 * t;
            assertEquals(3 + 2 * i - 5 * j, p.values()[k], 1e-4, "sample " + k);
        }
        assertEquals(0.025, p.lengthM(), 1e-12, "25 pixels of 1 mm");
    }

    @Test
    void roiInMetresFollowsThePixelCentreConvention() {
        Grid g = Grid.square(128, 0.256, 0.001); // 2 mm pixels
        CircularRoi r = new RoiCircle(64, 64, 5).toMetres(g);
        assertEquals(0, r.centreX(), 1e-15, "u = nx/2 is the isocentre");
        assertEquals(0, r.centreY(), 1e-15);
        assertEquals(0.010, r.radius(), 1e-15);
        // The centre of pixel i sits at u = i + 0.5 and must map to Grid.x(i).
        CircularRoi c = new RoiCircle(10.5, 99.5, 1).toMetres(g);
        assertEquals(g.x(10), c.centreX(), 1e-15);
        assertEquals(g.y(99), c.centreY(), 1e-15);
    }
}
