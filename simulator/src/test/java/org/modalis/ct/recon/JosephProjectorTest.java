package org.modalis.ct.recon;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modalis.ct.CtGeometry;
import org.modalis.image.Grid;

/** The CPU Joseph projector: the {@link JosephContract}, and the fast float twin against the double reference. */
class JosephProjectorTest implements JosephContract {

    @Override
    public void project(float[] image, Grid grid, CtGeometry g, float[] out) {
        new JosephProjector().project(image, grid, g, out);
    }

    /**
     * Fast float twin vs double reference, random image, square and rectangular grids. Tolerance:
     * 2e-5 × max over rays of the projection of |image| (the sinogram's scale): the float sum of ≤ 64
     * terms (≤ 64·6e-8 ≈ 4e-6 relative) plus q rounded to float — q is extrapolated from the first step, so
     * |q| ≲ 200 and its rounding ≲ 2e-5 pixel, moving each sample by ≤ 2e-5 × |Δf| ≤ 4e-5·max|f| · h-weight.
     * (A per-ray relative bound is wrong: a grazing ray's sample f·x with f → 0 carries the same absolute
     * rounding.) A wrong index, step length or axis choice gives errors of order the sinogram itself.
     */
    @ParameterizedTest
    @MethodSource("org.modalis.ct.recon.JosephContract#geometries")
    void fastMatchesReference(CtGeometry g) {
        for (Grid grid : new Grid[] {Grid.square(48, 0.2, 1e-3), new Grid(40, 56, 2, 0.17 / 40, 0.19 / 56, 1e-3)}) {
            float[] image = JosephContract.gaussianNoise(Math.toIntExact(grid.size()), 7);
            float[] abs = new float[image.length];
            for (int i = 0; i < abs.length; i++) {
                abs[i] = Math.abs(image[i]);
            }
            int n = grid.nz() * g.views() * g.bins();
            float[] fast = new float[n];
            float[] ref = new float[n];
            float[] bound = new float[n];
            new JosephProjector().project(image, grid, g, fast);
            new ReferenceJosephProjector().project(image, grid, g, ref);
            new ReferenceJosephProjector().project(abs, grid, g, bound);
            double scale = 0;
            double worst = 0;
            for (int k = 0; k < n; k++) {
                scale = Math.max(scale, bound[k]);
                worst = Math.max(worst, Math.abs(fast[k] - ref[k]));
            }
            System.out.printf("Joseph fast vs reference %s %dx%dx%d: max err = %.2e of max P|x|%n",
                    g.getClass().getSimpleName(), grid.nx(), grid.ny(), grid.nz(), worst / scale);
            assertTrue(worst <= 2e-5 * scale, worst / scale + " of max P|x|");
        }
    }
}
