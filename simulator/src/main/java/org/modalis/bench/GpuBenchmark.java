package org.modalis.bench;

import java.util.ArrayList;
import java.util.List;
import org.modalis.ct.CtGeometry;
import org.modalis.ct.DetectorShape;
import org.modalis.ct.FanBeamGeometry;
import org.modalis.ct.ParallelBeamGeometry;
import org.modalis.ct.Sinogram;
import org.modalis.ct.recon.CpuBackprojector;
import org.modalis.ct.recon.Fbp;
import org.modalis.ct.recon.FilterWindow;
import org.modalis.ct.recon.RedundancyWeighting;
import org.modalis.ct.recon.JosephProjector;
import org.modalis.ct.recon.JosephRays;
import org.modalis.gpu.GlContext;
import org.modalis.gpu.GlUnavailableException;
import org.modalis.gpu.ct.FilterPlacement;
import org.modalis.gpu.ct.GlBackprojector;
import org.modalis.gpu.ct.GlJosephProjector;
import org.modalis.gpu.mri.GlGridder;
import org.modalis.gpu.ultrasound.GlDelayAndSum;
import org.modalis.mri.CpuGridder;
import org.modalis.mri.GriddingSamples;
import org.modalis.mri.KaiserBesselKernel;
import org.modalis.mri.RadialTrajectory;
import org.modalis.ultrasound.BeamGeometry;
import org.modalis.ultrasound.ChannelLayout;
import org.modalis.ultrasound.CpuDelayAndSum;
import org.modalis.image.Grid;

/**
 * CPU and GPU twins side by side in one run: parallel- and fan-beam backprojection, Joseph forward
 * projection, and a whole parallel-beam FBP (the GL twin filtering in Java, then on the device) of {@code size}² images from
 * {@code views} views, each operator timed on the Java twin and on the
 * GL twin with the same inputs (median of repeats after warm-ups, wall clock). A GL call returns only after
 * the image is read back, so GPU times include the upload, the dispatch and the download, which is what
 * {@code Fbp} pays (GL_TIME_ELAPSED reads 0 on llvmpipe, so no kernel-only time is reported). Throughput in
 * giga-updates per second, updates = pixels × views. Separate from {@link FbpBenchmark}, whose timing loop
 * it reuses; results and how to read them: docs/gpu.md.
 */
public final class GpuBenchmark {

    /**
     * One operator on one case.
     *
     * @param operator   e.g. "backproject parallel"
     * @param caseLabel  e.g. "512² × 720"
     * @param updates    the operator's unit of work for the case (pixels × views for CT, output samples × aperture
     *                   elements for beamforming, samples × kernel cells for gridding)
     * @param cpuSeconds median wall time of the Java twin [s]
     * @param gpuSeconds median wall time of the GL twin, transfers included [s]
     * @param maxAbsDiff max|gpu − cpu| of the two outputs
     */
    public record Result(String operator, String caseLabel, long updates, double cpuSeconds, double gpuSeconds,
                         double maxAbsDiff) {

        /** A CT case: {@code size}² pixels × {@code views} views. */
        static Result ct(String operator, int size, int views, double cpuSeconds, double gpuSeconds, double maxAbsDiff) {
            return new Result(operator, String.format("%4d² × %4d", size, views), (long) size * size * views, cpuSeconds,
                    gpuSeconds, maxAbsDiff);
        }

        /** Giga-updates per second of the Java twin. */
        public double cpuGups() {
            return updates / cpuSeconds / 1e9;
        }

        /** Giga-updates per second of the GL twin. */
        public double gpuGups() {
            return updates / gpuSeconds / 1e9;
        }

        /** One Markdown table row. */
        public String describe() {
            return String.format("| %-28s | %s | %8.4f s | %6.3f | %8.4f s | %6.3f | %5.2f× | %.1e |", operator,
                    caseLabel, cpuSeconds, cpuGups(), gpuSeconds, gpuGups(), cpuSeconds / gpuSeconds, maxAbsDiff);
        }
    }

    /** Header of the table {@link Result#describe()} rows belong to. */
    public static final String HEADER = "| operator | case | CPU median | CPU GUPS | GPU median | GPU GUPS | GPU speed-up | max abs diff |\n"
            + "|---|---|---|---|---|---|---|---|";

    private final FbpBenchmark timer;

    /** @param warmups untimed runs first, ≥ 0; @param repeats timed runs, ≥ 1 */
    public GpuBenchmark(int warmups, int repeats) {
        this.timer = new FbpBenchmark(warmups, repeats);
    }

    /** All operators (and FBP) for one case on the context {@code gl}. */
    public List<Result> run(GlContext gl, int size, int views) {
        Grid grid = Grid.square(size, size * 1e-3, 1e-3);
        List<Result> out = new ArrayList<>();
        try (GlBackprojector glb = new GlBackprojector(gl); GlJosephProjector glj = new GlJosephProjector(gl)) {
            ParallelBeamGeometry parallel = ParallelBeamGeometry.standard(views, size, grid.dx());
            float[] sino = FbpBenchmark.discs(parallel).data();
            out.add(backprojection("backproject parallel", parallel, sino, grid, glb));
            // Source at twice the field of view, arc detector covering a circle of 0.75 FOV radius; the
            // parallel sinogram is reused as data (its content does not affect the timing).
            double fov = size * 1e-3;
            double halfFan = Math.asin(0.75 * fov / (2 * fov));
            FanBeamGeometry fan = FanBeamGeometry.fullScan(views, size, 2 * halfFan / size, 2 * fov, 4 * fov,
                    DetectorShape.ARC);
            out.add(backprojection("backproject fan (arc)", fan, sino, grid, glb));
            out.add(projection("project Joseph parallel", parallel, grid, glj));
            out.add(fbp("FBP parallel (filter on CPU)", new Sinogram(parallel, sino), grid, glb));
        }
        try (GlBackprojector fused = new GlBackprojector(gl, FilterPlacement.DEVICE)) {
            ParallelBeamGeometry parallel = ParallelBeamGeometry.standard(views, size, grid.dx());
            out.add(fbp("FBP parallel (filter on GPU)", new Sinogram(parallel, FbpBenchmark.discs(parallel).data()), grid, fused));
        }
        out.add(beamforming(gl, size));
        out.add(gridding(gl, size));
        return out;
    }

    /**
     * Delay-and-sum of a linear array scaled with the case: {@code size}/2 lines, a 65-element receive
     * aperture, {@code size}·6 samples (a 128-line, 6 cm, 5 MHz frame at 8 samples per period is size 256:
     * ≈ 3100 samples); updates = lines × samples × aperture elements.
     */
    private Result beamforming(GlContext context, int size) {
        int lines = Math.max(2, size / 2), aperture = 65, samples = 6 * size;
        double pitch = 0.3e-3;
        float[] ex = new float[lines * aperture];
        float[] ox = new float[lines], dx = new float[lines], dz = new float[lines], centre = new float[lines];
        for (int l = 0; l < lines; l++) {
            ox[l] = (float) ((l - lines / 2) * pitch);
            dz[l] = 1f;
            centre[l] = ox[l];
            for (int a = 0; a < aperture; a++) {
                ex[l * aperture + a] = (float) ((l - lines / 2 + a - aperture / 2) * pitch);
            }
        }
        ChannelLayout layout = new ChannelLayout(lines, aperture, samples, 40e6, ex);
        BeamGeometry geometry = new BeamGeometry(ox, dx, dz, centre, 2.0, 1540);
        // Band-limited RF: white noise through a resonator at fs/8 (5 MHz at 40 MHz), as echoes are.
        float[] channels = new float[lines * layout.lineSize()];
        org.modalis.physics.Rng rng = new org.modalis.physics.Rng(1);
        double a1 = 2 * 0.9 * Math.cos(2 * Math.PI / 8), a2 = -0.81;
        for (int trace = 0; trace < lines * aperture; trace++) {
            double y1 = 0, y2 = 0;
            for (int k = 0; k < samples; k++) {
                double y = a1 * y1 + a2 * y2 + rng.gaussian();
                channels[trace * samples + k] = (float) y;
                y2 = y1;
                y1 = y;
            }
        }
        float[] cpu = new float[lines * samples];
        float[] gpu = new float[cpu.length];
        CpuDelayAndSum java = new CpuDelayAndSum(pitch);
        double tc = timer.time(size, 1, () -> java.beamform(channels, layout, geometry, cpu)).medianSeconds();
        double tg;
        try (GlDelayAndSum gl = new GlDelayAndSum(context, pitch)) {
            tg = timer.time(size, 1, () -> gl.beamform(channels, layout, geometry, gpu)).medianSeconds();
        }
        return new Result("beamform DAS (linear)", String.format("%d lines × %d × %d", lines, samples, aperture),
                (long) lines * samples * aperture, tc, tg, maxAbsDiff(cpu, gpu));
    }

    /**
     * Gridding of a golden-angle radial acquisition onto the 2× grid of a {@code size}² image: {@code size} spokes of
     * 2·{@code size} samples; updates = samples × the kernel's 4 × 4 cells.
     */
    private Result gridding(GlContext context, int size) {
        RadialTrajectory t = new RadialTrajectory(size, 2 * size, 1 / 0.24, true);
        int count = t.spokes() * t.samples();
        float[] kx = new float[count], ky = new float[count], data = new float[2 * count];
        t.coordinates(kx, ky);
        org.modalis.physics.Rng rng = new org.modalis.physics.Rng(2);
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) rng.gaussian();
        }
        KaiserBesselKernel kernel = new KaiserBesselKernel(4, 2);
        int g = 2 * size;
        GriddingSamples samples = GriddingSamples.of(kx, ky, data, t.densityWeights(), 1.0 / (g * 0.24 / size), 0.24 / size);
        float[] cpu = new float[2 * g * g];
        float[] gpu = new float[cpu.length];
        CpuGridder java = new CpuGridder();
        double tc = timer.time(size, 1, () -> java.spread(samples, kernel, g, cpu)).medianSeconds();
        double tg;
        try (GlGridder gl = new GlGridder(context)) {
            tg = timer.time(size, 1, () -> gl.spread(samples, kernel, g, gpu)).medianSeconds();
        }
        return new Result("gridding radial (spread)", String.format("%d spokes × %d → %d²", t.spokes(), t.samples(), g),
                (long) count * 16, tc, tg, maxAbsDiff(cpu, gpu));
    }

    private Result backprojection(String name, CtGeometry g, float[] sino, Grid grid, GlBackprojector gl) {
        float[] cpu = new float[Math.toIntExact(grid.size())];
        float[] gpu = new float[cpu.length];
        CpuBackprojector java = new CpuBackprojector();
        double tc = timer.time(grid.nx(), g.views(), () -> java.backproject(sino, g, grid, cpu)).medianSeconds();
        double tg = timer.time(grid.nx(), g.views(), () -> gl.backproject(sino, g, grid, gpu)).medianSeconds();
        return Result.ct(name, grid.nx(), g.views(), tc, tg, maxAbsDiff(cpu, gpu));
    }

    /** Whole FBP (pre-weighting in Java; ramp filter where the GL backprojector's placement says) against all-Java FBP. */
    private Result fbp(String name, Sinogram sinogram, Grid grid, GlBackprojector gl) {
        float[] cpu = new float[Math.toIntExact(grid.size())];
        float[] gpu = new float[cpu.length];
        Fbp onCpu = new Fbp(new CpuBackprojector(), RedundancyWeighting.PARKER);
        Fbp onGpu = new Fbp(gl, RedundancyWeighting.PARKER);
        int views = sinogram.geometry().views();
        double tc = timer.time(grid.nx(), views,
                () -> onCpu.reconstruct(sinogram, grid, FilterWindow.RAM_LAK, 1.0, cpu)).medianSeconds();
        double tg = timer.time(grid.nx(), views,
                () -> onGpu.reconstruct(sinogram, grid, FilterWindow.RAM_LAK, 1.0, gpu)).medianSeconds();
        return Result.ct(name, grid.nx(), views, tc, tg, maxAbsDiff(cpu, gpu));
    }

    private Result projection(String name, CtGeometry g, Grid grid, GlJosephProjector gl) {
        float[] image = new float[Math.toIntExact(grid.size())];
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double r2 = grid.x(i) * grid.x(i) + grid.y(j) * grid.y(j);
                image[j * grid.nx() + i] = r2 < 0.16 * grid.nx() * grid.nx() * 1e-6 ? 20f : 0f;
            }
        }
        JosephRays rays = JosephRays.of(g, grid);
        float[] cpu = new float[g.views() * g.bins()];
        float[] gpu = new float[cpu.length];
        JosephProjector java = new JosephProjector();
        double tc = timer.time(grid.nx(), g.views(), () -> java.project(image, grid, rays, cpu)).medianSeconds();
        double tg = timer.time(grid.nx(), g.views(), () -> gl.project(image, grid, rays, gpu)).medianSeconds();
        return Result.ct(name, grid.nx(), g.views(), tc, tg, maxAbsDiff(cpu, gpu));
    }

    private static double maxAbsDiff(float[] a, float[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    /**
     * Prints the table for 256² × 360 and 512² × 720 (or the cases given):
     * {@code java -cp … org.modalis.bench.GpuBenchmark [warmups] [repeats] [size×views …]}.
     */
    public static void main(String[] args) throws GlUnavailableException {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String[] cases = args.length > 2 ? java.util.Arrays.copyOfRange(args, 2, args.length) : new String[] {"256x360", "512x720"};
        GpuBenchmark bench = new GpuBenchmark(warmups, repeats);
        try (GlContext gl = GlContext.create()) {
            System.out.println("GPU: " + gl.describe() + (gl.softwareRenderer() ? " [software renderer]" : ""));
            System.out.println("CPU: Java, " + (java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1)
                    + " threads (common pool + caller), " + Runtime.getRuntime().availableProcessors() + " processors");
            System.out.printf("load average at start: %.2f%n", loadAverage());
            System.out.println(HEADER);
            for (String c : cases) {
                String[] sv = c.split("x");
                for (Result r : bench.run(gl, Integer.parseInt(sv[0]), Integer.parseInt(sv[1]))) {
                    System.out.println(r.describe());
                }
            }
            System.out.printf("load average at end: %.2f%n", loadAverage());
        }
    }

    /** The 1-minute system load average (negative where the OS does not report it): on a shared machine it says
     * how much the figures were disturbed. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
