package org.modalis.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.image.Grid;
import org.modalis.tissue.ConstantMaterial;
import org.modalis.tissue.Tissue;

class VoxelizerTest {

    private static final Tissue UNIT = new Tissue("unit", "", new ConstantMaterial("unit", 100));

    private static double area(float[] image, Grid g) {
        double sum = 0;
        for (float v : image) {
            sum += v;
        }
        return sum * g.dx() * g.dy();
    }

    /**
     * Disc area πr². With s×s sub-samples of spacing h = dx/s the midpoint rule misclassifies only sub-cells
     * within h/√2 of the circle, so |error| ≤ area of the annulus r ± h/√2 = 4πr·h/√2. The test checks that
     * bound for s = 1, 4, 16, and that the error shrinks from s = 1 to s = 16. That bound assumes every
     * boundary sub-cell errs the same way; in fact their errors (each ≤ h²) have both signs and largely
     * cancel, so the typical error is ~√(2πr/h)·h² (a random-walk estimate). Measured: 1.5e-4 relative at
     * s = 4 and 4.4e-5 at s = 16, against estimates of 1.1e-3 and 1.4e-4; the test also asserts the error is
     * below 3 × that estimate, which a half-sub-cell offset error in the sampling would break.
     */
    @Test
    void discAreaWithinSupersamplingBound() {
        double r = 0.0203;
        AnalyticPhantom disc = new AnalyticPhantom("disc", List.of(Region.of(new Ellipse(0.0004, -0.0007, r, r, 0), UNIT)));
        Grid g = Grid.square(64, 0.064, 1e-3);
        double exact = Math.PI * r * r;
        double previous = Double.POSITIVE_INFINITY;
        for (int s : new int[] {1, 4, 16}) {
            double err = Math.abs(area(Voxelizer.rasterize(disc, g, s, new double[] {1}), g) - exact);
            double bound = 4 * Math.PI * r * (g.dx() / s) / Math.sqrt(2);
            assertTrue(err <= bound, "s=" + s + " error " + err + " > bound " + bound);
            double h = g.dx() / s, typical = Math.sqrt(2 * Math.PI * r / h) * h * h;
            if (s > 1) {
                assertTrue(err <= 3 * typical, "s=" + s + " error " + err + " > 3 × typical " + typical);
            }
            if (s == 16) {
                assertTrue(err < previous, "no convergence");
            }
            previous = s == 1 ? err : previous;
        }
    }

    /** A rectangle whose edges fall between sub-sample centres is rasterized exactly (value × area). */
    @Test
    void alignedRectangleIsExact() {
        Grid g = Grid.square(32, 0.032, 1e-3);
        // Sub-cells of 0.5 mm with s = 2: edges at −5.5 mm, +7.0 mm (x) and −3.0, +4.5 mm (y) are sub-cell edges.
        AnalyticPhantom rect = new AnalyticPhantom("rect",
                List.of(Region.of(new Rectangle(0.00075, 0.00075, 0.0125, 0.0075, 0), UNIT)));
        float[] img = Voxelizer.rasterize(rect, g, 2, new double[] {3.0});
        assertEquals(3.0 * 0.0125 * 0.0075, area(img, g), 1e-12);
    }

    /**
     * 3-D: a sphere's voxelized volume, bound as in 2-D: the shell r ± h√3/2, i.e. 4πr²·h√3 to first order.
     */
    @Test
    void sphereVolumeWithinBound() {
        double r = 0.006;
        AnalyticPhantom ball = new AnalyticPhantom("ball",
                List.of(Region.of(new Ellipsoid(Pose.aboutZ(0, 0, 0.0003, 0), r, r, r), UNIT)));
        Grid g = new Grid(16, 16, 16, 1e-3, 1e-3, 1e-3);
        float[] img = Voxelizer.rasterize(ball, g, 3, new double[] {1});
        double vol = 0;
        for (float v : img) {
            vol += v * 1e-9;
        }
        double h = 1e-3 / 3, delta = h * Math.sqrt(3) / 2;
        double bound = 4.0 / 3 * Math.PI * (Math.pow(r + delta, 3) - Math.pow(r - delta, 3));
        assertEquals(4.0 / 3 * Math.PI * r * r * r, vol, bound);
    }

    /** Majority labels keep materials apart by tissue and weight (CT-quality inserts, low-contrast discs). */
    @Test
    void voxelPhantomLabelsMaterials() {
        PhantomLibrary lib = new PhantomLibrary(new TestCatalog());
        AnalyticPhantom ct = lib.load("ct-quality");
        Grid g = Grid.square(100, 0.21, 1e-3);
        VoxelPhantom v = Voxelizer.voxelPhantom(ct, g, 2);
        assertEquals(9, v.labelCount(), "water + 8 inserts");
        double[] c = new double[v.tissues().size()];
        v.composition(0, 0, 0, c);
        int water = v.tissues().stream().map(Tissue::name).toList().indexOf("water");
        assertEquals(1.0, c[water]);
        v.composition(0, 0.0584, 0, c);
        int air = v.tissues().stream().map(Tissue::name).toList().indexOf("air");
        assertEquals(1.0, c[air], "12 o'clock insert is air");
        v.composition(0.104, 0, 0, c);
        assertEquals(0, java.util.Arrays.stream(c).sum(), "outside the tank: label 0");

        VoxelPhantom lc = Voxelizer.voxelPhantom(lib.load("low-contrast"), Grid.square(128, 0.21, 1e-3), 2);
        assertEquals(4, lc.labelCount(), "water at weights 1, 1.003, 1.005, 1.01");
        assertEquals(1.01, lc.weightOfLabel(4), 1e-12);
    }
}
