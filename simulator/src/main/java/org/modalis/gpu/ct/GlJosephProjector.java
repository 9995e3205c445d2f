package org.modalis.gpu.ct;

import org.modalis.ct.CtGeometry;
import org.modalis.ct.recon.JosephProjector;
import org.modalis.ct.recon.JosephRays;
import org.modalis.gpu.ComputeProgram;
import org.modalis.gpu.GlContext;
import org.modalis.gpu.StorageBuffer;
import org.modalis.image.Grid;

/**
 * GL twin of Joseph's forward projector {@link JosephProjector} (its specification and test oracle): line
 * integrals through a float image, or a stack of slices projected with one 2-D geometry, into
 * {@code out[(z·views + v)·bins + b]}. Kernel: {@code shaders/ct/project_joseph.comp}, one invocation per
 * (bin, view, slice). Both twins consume the same {@link JosephRays} built once in Java.
 *
 * <p>A volume larger than one storage block of the driver ({@link GlContext#maxStorageBlockBytes()},
 * 128 MiB on llvmpipe) is sent in slabs of whole slices. Does not own the context: close this, then the
 * context.
 */
public final class GlJosephProjector implements AutoCloseable {

    private final GlContext gl;
    private final ComputeProgram program;
    private final long slabBytes;

    /** Compiles the kernel on {@code gl}. */
    public GlJosephProjector(GlContext gl) {
        this(gl, gl.maxStorageBlockBytes());
    }

    /** With slabs of at most {@code slabBytes} (tests use a small value to exercise the slab loop). */
    GlJosephProjector(GlContext gl, long slabBytes) {
        this.gl = gl;
        this.slabBytes = Math.min(slabBytes, gl.maxStorageBlockBytes());
        this.program = gl.compile("ct/project_joseph.comp");
    }

    /** Projects {@code image} (grid nx × ny × nz) into {@code out} (nz × views × bins), overwriting it. */
    public void project(float[] image, Grid grid, CtGeometry g, float[] out) {
        project(image, grid, JosephRays.of(g, grid), out);
    }

    /** As {@link #project(float[], Grid, CtGeometry, float[])} with rays already built for this grid. */
    public void project(float[] image, Grid grid, JosephRays rays, float[] out) {
        checkSizes(image, grid, rays, out);
        long sliceBytes = 4L * grid.nx() * grid.ny();
        long projectionBytes = 4L * rays.views() * rays.bins();
        long perSlab = slabBytes / Math.max(sliceBytes, projectionBytes);
        if (perSlab < 1 || 12L * rays.views() * rays.bins() > gl.maxStorageBlockBytes()) {
            throw new IllegalArgumentException(String.format("one slice or its rays exceed the %.0f MiB storage block"
                    + " of '%s': use --backend cpu", gl.maxStorageBlockBytes() / 1048576.0, gl.renderer()));
        }
        int slab = (int) Math.min(grid.nz(), perSlab);
        gl.run(() -> dispatchSlabs(image, grid, rays, out, slab));
    }

    /** GL thread: the rays once, then the slices in slabs of {@code slab}. */
    private void dispatchSlabs(float[] image, Grid grid, JosephRays rays, float[] out, int slab) {
        int sliceSize = grid.nx() * grid.ny();
        int projectionSize = rays.views() * rays.bins();
        try (StorageBuffer lines = StorageBuffer.of(rays.line());
             StorageBuffer spans = StorageBuffer.of(rays.span());
             StorageBuffer slices = StorageBuffer.allocate((long) slab * sliceSize);
             StorageBuffer projections = StorageBuffer.allocate((long) slab * projectionSize)) {
            program.use();
            slices.bind(0);
            lines.bind(1);
            spans.bind(2);
            projections.bind(3);
            program.set("nx", grid.nx());
            program.set("ny", grid.ny());
            program.set("views", rays.views());
            program.set("bins", rays.bins());
            for (int z0 = 0; z0 < grid.nz(); z0 += slab) {
                int n = Math.min(slab, grid.nz() - z0);
                slices.upload(java.util.Arrays.copyOfRange(image, z0 * sliceSize, (z0 + n) * sliceSize));
                program.set("slices", n);
                program.dispatchCovering(rays.bins(), rays.views(), n);
                float[] part = new float[n * projectionSize];
                projections.read(part);
                System.arraycopy(part, 0, out, z0 * projectionSize, part.length);
            }
        }
    }

    private static void checkSizes(float[] image, Grid grid, JosephRays rays, float[] out) {
        if (grid.nx() != rays.nx() || grid.ny() != rays.ny()) {
            throw new IllegalArgumentException("rays were built for a " + rays.nx() + " × " + rays.ny()
                    + " grid, got " + grid.nx() + " × " + grid.ny());
        }
        if (image.length != grid.size()) {
            throw new IllegalArgumentException("image has " + image.length + " values, grid needs " + grid.size());
        }
        if (out.length != (long) grid.nz() * rays.views() * rays.bins()) {
            throw new IllegalArgumentException("output has " + out.length + " values, needs slices × views × bins = "
                    + grid.nz() + " × " + rays.views() + " × " + rays.bins());
        }
    }

    /** Deletes the program (on the GL thread). */
    @Override
    public void close() {
        gl.run(program::close);
    }
}
