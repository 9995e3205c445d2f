package org.modalis.gpu.ct;

import org.modalis.ct.CtGeometry;
import org.modalis.ct.recon.Backprojector;
import org.modalis.ct.recon.RampFilter;
import org.modalis.ct.recon.ScanField;
import org.modalis.gpu.ComputeProgram;
import org.modalis.gpu.GlContext;
import org.modalis.gpu.StorageBuffer;
import org.modalis.image.Grid;

/**
 * GL twin of the pixel-driven backprojector (contract: {@link Backprojector}); drop-in for
 * {@code new Fbp(glBackprojector, RedundancyWeighting.PARKER)}. Where the ramp filter runs is a
 * {@link FilterPlacement}: on the device ({@code shaders/ct/ramp_filter.comp}, twin of
 * {@link RampFilter#filterView}), the pre-weighted sinogram goes up once and only the image comes back;
 * in Java, the filtered rows are uploaded as before. Twins:
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
    private final ComputeProgram rampFilter;
    private final FilterPlacement placement;

    /** Compiles the kernels on {@code gl}; the filter placement is {@link FilterPlacement#preferredFor} the renderer. */
    public GlBackprojector(GlContext gl) {
        this(gl, FilterPlacement.preferredFor(gl));
    }

    /** Compiles the kernels on {@code gl}, filtering where {@code placement} says. */
    public GlBackprojector(GlContext gl, FilterPlacement placement) {
        this.gl = gl;
        this.placement = placement;
        this.parallel = gl.compile("ct/backproject_parallel.comp");
        ComputeProgram f = null;
        try {
            f = gl.compile("ct/backproject_fan.comp");
            this.rampFilter = gl.compile("ct/ramp_filter.comp");
        } catch (RuntimeException e) {
            ComputeProgram compiled = f;
            gl.run(() -> {
                parallel.close();
                if (compiled != null) {
                    compiled.close();
                }
            });
            throw e;
        }
        this.fan = f;
    }

    /** Where {@link #filterAndBackproject} runs the ramp filter. */
    public FilterPlacement placement() {
        return placement;
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
        gl.run(() -> {
            try (StorageBuffer rowBuffer = StorageBuffer.of(rows)) {
                dispatch(program, in, rowBuffer, g.views(), grid, out);
            }
        });
    }

    /**
     * With {@link FilterPlacement#DEVICE}: uploads the pre-weighted sinogram and the filter taps, filters
     * into the padded rows on the device, backprojects them there and reads back the image only. Otherwise
     * the Java default (filter, then {@link #backproject}).
     */
    @Override
    public void filterAndBackproject(float[] weighted, RampFilter filter, CtGeometry g, Grid grid, float[] out,
                                     double fieldRadius) {
        if (placement == FilterPlacement.JAVA) {
            Backprojector.super.filterAndBackproject(weighted, filter, g, grid, out, fieldRadius);
            return;
        }
        BackprojectionInputs in = checkedInputs(weighted, filter, g, grid, out);
        ComputeProgram program = in.fan() ? fan : parallel;
        float[] taps = toFloat(filter.spatialTaps());
        gl.run(() -> {
            try (StorageBuffer sino = StorageBuffer.of(weighted);
                 StorageBuffer tapBuffer = StorageBuffer.of(taps);
                 StorageBuffer rows = StorageBuffer.allocate((long) g.views() * in.stride())) {
                filterOnDevice(in, g, sino, tapBuffer, rows);
                dispatch(program, in, rows, g.views(), grid, out);
            }
        });
        if (!Double.isInfinite(fieldRadius)) {
            ScanField.clearOutside(grid, fieldRadius, out);
        }
    }

    /**
     * The device's ramp filter alone, for tests and benchmarks: the padded, |Δβ|-scaled rows
     * ({@code views × (bins + 2·PAD)}) that {@link #filterAndBackproject} backprojects.
     */
    public float[] filteredRows(float[] weighted, RampFilter filter, CtGeometry g, Grid grid) {
        BackprojectionInputs in = checkedInputs(weighted, filter, g, grid, new float[Math.toIntExact(grid.size())]);
        float[] taps = toFloat(filter.spatialTaps());
        float[] rowsOut = new float[g.views() * in.stride()];
        gl.run(() -> {
            try (StorageBuffer sino = StorageBuffer.of(weighted);
                 StorageBuffer tapBuffer = StorageBuffer.of(taps);
                 StorageBuffer rows = StorageBuffer.allocate(rowsOut.length)) {
                filterOnDevice(in, g, sino, tapBuffer, rows);
                rows.read(rowsOut);
            }
        });
        return rowsOut;
    }

    private BackprojectionInputs checkedInputs(float[] weighted, RampFilter filter, CtGeometry g, Grid grid, float[] out) {
        if (filter.bins() != g.bins()) {
            throw new IllegalArgumentException("filter made for " + filter.bins() + " bins, geometry has " + g.bins());
        }
        if (weighted.length != (long) g.views() * g.bins() || out.length != grid.size()) {
            throw new IllegalArgumentException("sinogram or image size does not match the geometry and grid");
        }
        BackprojectionInputs in = BackprojectionInputs.of(g, grid);
        checkFits(weighted.length, "sinogram");
        checkFits((long) g.views() * in.stride(), "padded sinogram");
        checkFits(in.parallelStarts().length, "fixed-point row starts");
        checkFits(out.length, "image");
        return in;
    }

    /** GL thread: ramp-filters {@code sino} into {@code rows} (padded, scaled by |Δβ|). */
    private void filterOnDevice(BackprojectionInputs in, CtGeometry g, StorageBuffer sino, StorageBuffer taps,
                                StorageBuffer rows) {
        rampFilter.use();
        sino.bind(6);
        taps.bind(7);
        rows.bind(8);
        rampFilter.set("bins", g.bins());
        rampFilter.set("views", g.views());
        rampFilter.set("stride", in.stride());
        rampFilter.set("pad", BackprojectionInputs.PAD);
        rampFilter.set("scale", in.scale());
        rampFilter.dispatchCovering(in.stride(), g.views(), 1);
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    private void checkFits(long values, String what) {
        if (4 * values > gl.maxStorageBlockBytes()) {
            throw new IllegalArgumentException(String.format("the %s needs %.1f MiB, more than the %.1f MiB one"
                    + " OpenGL storage block may hold on '%s': use --backend cpu", what, 4 * values / 1048576.0,
                    gl.maxStorageBlockBytes() / 1048576.0, gl.renderer()));
        }
    }

    /** GL thread: uploads the tables, backprojects the padded {@code rowBuffer}, reads back, frees the buffers. */
    private static void dispatch(ComputeProgram p, BackprojectionInputs in, StorageBuffer rowBuffer, int views, Grid grid,
                                 float[] out) {
        float[] table = in.arc() ? in.arcPositions() : new float[] {0f, 0f};
        int[] starts = in.fan() ? new int[] {0, 0} : in.parallelStarts();
        int[] steps = in.fan() ? new int[] {0, 0} : in.parallelSteps();
        try (StorageBuffer trig = StorageBuffer.of(in.cosSin());
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
        org.modalis.ct.recon.ArcPositionSeries series = in.tables().arcSeries();
        for (int k = 0; k < org.modalis.ct.recon.ArcPositionSeries.TERMS; k++) {
            p.set("series[" + k + "]", series != null ? series.coefficient(k) : 0f);
        }
    }

    /** Deletes the programs (on the GL thread). */
    @Override
    public void close() {
        gl.run(() -> {
            parallel.close();
            fan.close();
            rampFilter.close();
        });
    }
}
