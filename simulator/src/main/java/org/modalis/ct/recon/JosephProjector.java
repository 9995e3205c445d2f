package org.modalis.ct.recon;

import java.util.stream.IntStream;
import org.modalis.ct.CtGeometry;
import org.modalis.image.Grid;

/**
 * Ray-driven forward projector of a voxel image by Joseph's method (Joseph 1982; see {@link JosephRays}):
 * line integrals ∫f dl through a float image on a {@link Grid}, one per detector bin centre, in the same
 * units as the image times metres (μ [1/m] → dimensionless line integrals, as in a {@link
 * org.modalis.ct.Sinogram}). A volume (nz &gt; 1) is projected slice by slice with the same 2-D geometry, a
 * stack of fan or parallel slices (no cone angle): {@code out[(z·views + v)·bins + b]}.
 *
 * <p>Twins: the slow double-precision {@link ReferenceJosephProjector} it is tested against, and the GL
 * twin {@code gpu.ct.GlJosephProjector} with its kernel {@code shaders/ct/project_joseph.comp}, which
 * performs the same float operations on the same {@link JosephRays} in the same order.
 */
public final class JosephProjector {

    /** Projects {@code image} (grid nx × ny × nz) into {@code out} (nz × views × bins), overwriting it. */
    public void project(float[] image, Grid grid, CtGeometry g, float[] out) {
        project(image, grid, JosephRays.of(g, grid), out);
    }

    /** As {@link #project(float[], Grid, CtGeometry, float[])} with rays already built for this grid. */
    public void project(float[] image, Grid grid, JosephRays rays, float[] out) {
        checkSizes(image, grid, rays, out);
        int perSlice = rays.views() * rays.bins();
        IntStream.range(0, grid.nz() * rays.views()).parallel().forEach(zv -> {
            int z = zv / rays.views();
            int v = zv % rays.views();
            int sliceStart = z * grid.nx() * grid.ny();
            for (int b = 0; b < rays.bins(); b++) {
                int r = v * rays.bins() + b;
                out[z * perSlice + r] = integrate(image, sliceStart, rays, r);
            }
        });
    }

    /** Joseph's sum for ray r in the slice starting at {@code sliceStart}, in float as the GL kernel does. */
    static float integrate(float[] image, int sliceStart, JosephRays rays, int r) {
        float[] line = rays.line();
        int[] span = rays.span();
        float q0 = line[3 * r];
        float slope = line[3 * r + 1];
        boolean byRows = span[3 * r] == JosephRays.ROWS;
        int across = byRows ? rays.nx() : rays.ny();
        int stepStride = byRows ? rays.nx() : 1;
        int acrossStride = byRows ? 1 : rays.nx();
        float sum = 0f;
        for (int k = span[3 * r + 1]; k < span[3 * r + 2]; k++) {
            float q = q0 + k * slope;
            int i = (int) Math.floor(q);
            float f = q - i;
            int base = sliceStart + k * stepStride + i * acrossStride;
            float a = i >= 0 && i < across ? image[base] : 0f;
            float c = i + 1 >= 0 && i + 1 < across ? image[base + acrossStride] : 0f;
            sum += a + f * (c - a);
        }
        return sum * line[3 * r + 2];
    }

    static void checkSizes(float[] image, Grid grid, JosephRays rays, float[] out) {
        if (grid.nx() != rays.nx() || grid.ny() != rays.ny()) {
            throw new IllegalArgumentException("rays were built for a " + rays.nx() + " × " + rays.ny()
                    + " grid, got " + grid.nx() + " × " + grid.ny());
        }
        if (image.length != grid.size()) {
            throw new IllegalArgumentException("image has " + image.length + " values, grid needs " + grid.size());
        }
        long needed = (long) grid.nz() * rays.views() * rays.bins();
        if (out.length != needed) {
            throw new IllegalArgumentException("output has " + out.length + " values, needs slices × views × bins = "
                    + grid.nz() + " × " + rays.views() + " × " + rays.bins());
        }
    }
}
