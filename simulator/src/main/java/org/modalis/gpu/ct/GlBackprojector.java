package org.modalis.gpu.ct;

import org.modalis.ct.CtGeometry;
import org.modalis.ct.recon.Backprojector;
import org.modalis.gpu.ComputeProgram;
import org.modalis.gpu.GlContext;
import org.modalis.gpu.StorageBuffer;
import org.modalis.image.Grid;

/**
 * GL twin of the pixel-driven backprojector (contract: {@link Backprojector}); drop-in for
 * {@code new Fbp(glBackprojector, RedundancyWeighting.PARKER)}, ramp filtering staying on the CPU. Twins:
 * {@link org.modalis.ct.recon.CpuBackprojector} (specification and test oracle) and the kernels
 * {@code shaders/ct/backproject_parallel.comp} and {@code shaders/ct/backproject_fan.comp}. Both sides
 * consume the same inputs built once in Java ({@link BackprojectionInputs}: cos/sin per view, the padded
 * and Δβ-scaled view rows, the arc detector's atan table) and interpolate by hand in float, so they differ
 * only by float rounding.
 *
 * <p>Each call uploads the sinogram, dispatches one invocation per pixel and reads the image back; the
 * work runs on the context's owner thread, so concurrent callers are served one after the other. Does not
 * own the context: close this, then the context.
 */
public final class GlBackprojector implements Backprojector, AutoCloseable {

    private final GlContext gl;
    private final ComputeProgram parallel;
    private final ComputeProgram fan;

    /** Compiles both kernels on {@code gl}. */
    public GlBackprojector(GlContext gl) {
        this.gl = gl;
        this.parallel = gl.compile("ct/backproject_parallel.comp");
        ComputeProgram f;
        try {
            f = gl.compile("ct/backproject_fan.comp");
        } catch (RuntimeException e) {
            gl.run(parallel::close);
            throw e;
        }
        this.fan = f;
    }

    /** The context the kernels run on. */
    public GlContext context() {
        return gl;
    }

    @Override
    public void backproject(float[] filteredSinogram, CtGeometry g, Grid grid, float[] out) {
        BackprojectionInputs in = BackprojectionInputs.of(g, grid);
        if (filteredSinogram.length != (long) g.views() * g.bins()) {
            throw new IllegalArgumentException("sinogram has " + filteredSinogram.length + " values, geometry needs "
                    + g.views() + " × " + g.bins());
        }
        if (out.length != grid.size()) {
            throw new IllegalArgumentException("image has " + out.length + " values, grid needs " + grid.size());
        }
        float[] rows = in.paddedRows(filteredSinogram, g.views(), g.bins());
        checkFits(rows.length, "padded sinogram");
        checkFits(in.parallelStarts().length, "fixed-point row starts");
        checkFits(out.length, "image");
        ComputeProgram program = in.fan() ? fan : parallel;
        gl.run(() -> dispatch(program, in, rows, g.views(), grid, out));
    }

    private void checkFits(long values, String what) {
        if (4 * values > gl.maxStorageBlockBytes()) {
            throw new IllegalArgumentException(String.format("the %s needs %.1f MiB, more than the %.1f MiB one"
                    + " OpenGL storage block may hold on '%s': use --backend cpu", what, 4 * values / 1048576.0,
                    gl.maxStorageBlockBytes() / 1048576.0, gl.renderer()));
        }
    }

    /** GL thread: uploads, sets uniforms, dispatches, reads back, frees the buffers. */
    private static void dispatch(ComputeProgram p, BackprojectionInputs in, float[] rows, int views, Grid grid,
                                 float[] out) {
        float[] table = in.arc() ? in.arcPositions() : new float[] {0f, 0f};
        int[] starts = in.fan() ? new int[] {0, 0} : in.parallelStarts();
        int[] steps = in.fan() ? new int[] {0, 0} : in.parallelSteps();
        try (StorageBuffer rowBuffer = StorageBuffer.of(rows);
             StorageBuffer trig = StorageBuffer.of(in.cosSin());
             StorageBuffer image = StorageBuffer.allocate(out.length);
             StorageBuffer arcTable = StorageBuffer.of(table);
             StorageBuffer startBuffer = StorageBuffer.of(starts);
             StorageBuffer stepBuffer = StorageBuffer.of(steps)) {
            p.use();
            rowBuffer.bind(0);
            trig.bind(1);
            image.bind(2);
            arcTable.bind(3);
            startBuffer.bind(4);
            stepBuffer.bind(5);
            setUniforms(p, in, views, grid);
            p.dispatchCovering(grid.nx(), grid.ny(), 1);
            image.read(out);
        }
    }

    private static void setUniforms(ComputeProgram p, BackprojectionInputs in, int views, Grid grid) {
        p.set("nx", grid.nx());
        p.set("ny", grid.ny());
        p.set("views", views);
        p.set("stride", in.stride());
        p.set("x0", in.x0());
        p.set("y0", in.y0());
        p.set("dx", in.dx());
        p.set("dy", in.dy());
        p.set("invSpacing", in.invSpacing());
        p.set("shift", in.shift());
        p.set("maxPosition", in.maxPosition());
        p.set("sourceIso", in.sourceIso());
        p.set("sourceDetector", in.sourceDetector());
        p.set("arc", in.arc() ? 1 : 0);
        p.set("arcXMin", in.arcXMin());
        p.set("arcInvStep", in.arcInvStep());
        p.set("arcIntervals", BackprojectionInputs.ARC_INTERVALS);
    }

    /** Deletes the programs (on the GL thread). */
    @Override
    public void close() {
        gl.run(() -> {
            parallel.close();
            fan.close();
        });
    }
}
