package org.modalis.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modalis.ct.DetectorShape;
import org.modalis.ct.FanBeamGeometry;
import org.modalis.ct.ParallelBeamGeometry;
import org.modalis.ct.Sinogram;
import org.modalis.ct.recon.Fbp;
import org.modalis.ct.recon.FilterWindow;
import org.modalis.image.Grid;

/**
 * Wall-clock benchmark of parallel-beam FBP (pre-weighting, ramp filtering, backprojection) on the CPU:
 * 256² and 512² images with 360 and 720 views over 180°, detector bins = image size, warm-up runs then
 * timed repeats; reports the median and the throughput in pixel·views per second. Used by the CLI's
 * {@code bench} command and runnable on its own ({@link #main}); {@link FbpFileRunner} times FBP on a
 * sinogram written by {@code bench/compare_skimage.py}.
 */
public final class FbpBenchmark {

    /**
     * One timed case. Times in seconds: wall clock, and the process CPU time per run (all threads), which
     * shows how much of the wall time was lost to other processes on a shared machine.
     */
    public record Result(int size, int views, int threads, double medianSeconds, double minSeconds,
                         double medianCpuSeconds, int repeats) {

        /** Pixels × views backprojected per second, at the median time. */
        public double pixelViewsPerSecond() {
            return (double) size * size * views / medianSeconds;
        }

        /** One line for a terminal or a Markdown table. */
        public String describe() {
            return String.format("FBP %4d² × %3d views, %d threads: median %.3f s (min %.3f s, %d runs), %.0f M pixel·views/s;"
                    + " CPU %.3f s per run", size, views, threads, medianSeconds, minSeconds, repeats,
                    pixelViewsPerSecond() / 1e6, medianCpuSeconds);
        }
    }

    private final int warmups;
    private final int repeats;

    /**
     * @param warmups untimed runs first (JIT compilation), ≥ 0
     * @param repeats timed runs, ≥ 1
     */
    public FbpBenchmark(int warmups, int repeats) {
        if (warmups < 0 || repeats < 1) {
            throw new IllegalArgumentException("need warmups ≥ 0 and repeats ≥ 1, got " + warmups + ", " + repeats);
        }
        this.warmups = warmups;
        this.repeats = repeats;
    }

    /** The standard cases: 256² and 512², 360 and 720 views. */
    public List<Result> runAll() {
        List<Result> results = new ArrayList<>();
        for (int size : new int[] {256, 512}) {
            for (int views : new int[] {360, 720}) {
                results.add(run(size, views));
            }
        }
        return results;
    }

    /** Times FBP of a {@code size}² image from {@code views} views (bins = size, bin = pixel = 1 mm). */
    public Result run(int size, int views) {
        Grid grid = Grid.square(size, size * 1e-3, 1e-3);
        Sinogram sinogram = discs(ParallelBeamGeometry.standard(views, size, grid.dx()));
        float[] out = new float[size * size];
        return time(size, views, () -> new Fbp().reconstruct(sinogram, grid, FilterWindow.RAM_LAK, 1.0, out));
    }

    /**
     * Times fan-beam FBP of a {@code size}² image over 220 mm from {@code views} views of a full scan with the clinical
     * scanner's arc detector (736 bins of 1 mm at 1.04 m, source 0.57 m from the isocentre): the viewer's CT case.
     * With a view count divisible by 4 the backprojection uses the quarter-turn symmetry ({@code QuarterTurns}).
     */
    public Result runFan(int size, int views) {
        Grid grid = Grid.square(size, 0.22, 1e-3);
        FanBeamGeometry g = FanBeamGeometry.fullScan(views, 736, 1e-3 / 1.04, 0.57, 1.04, DetectorShape.ARC);
        Sinogram sinogram = Sinogram.zeros(g);
        java.util.Arrays.fill(sinogram.data(), 1f); // the content does not affect the timing
        float[] out = new float[size * size];
        return time(size, views, () -> new Fbp().reconstruct(sinogram, grid, FilterWindow.RAM_LAK, 1.0, out));
    }

    /** Runs the task {@code warmups} times untimed, then times it {@code repeats} times. */
    Result time(int size, int views, Runnable task) {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        double[] wall = new double[repeats];
        double[] cpu = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            task.run();
            wall[i] = (System.nanoTime() - t0) * 1e-9;
            cpu[i] = (processCpuNanos() - c0) * 1e-9;
        }
        Arrays.sort(wall);
        int threads = java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1;
        return new Result(size, views, threads, median(wall), wall[0], median(cpu), repeats);
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    /** CPU time of the whole process [ns], or 0 where the JVM does not report it. */
    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }

    /** A closed-form test sinogram: three discs (p = 2ρ√(r² − t'²)); its content does not affect timing. */
    static Sinogram discs(ParallelBeamGeometry g) {
        double half = g.bins() * g.binSpacingM() / 2;
        double[][] discs = {{0, 0, 0.8 * half, 20}, {0.3 * half, 0.1 * half, 0.2 * half, 5}, {-0.4 * half, -0.2 * half, 0.1 * half, -10}};
        Sinogram s = Sinogram.zeros(g);
        for (int v = 0; v < g.views(); v++) {
            double c = Math.cos(g.viewAngle(v));
            double sn = Math.sin(g.viewAngle(v));
            for (int b = 0; b < g.bins(); b++) {
                double sum = 0;
                for (double[] d : discs) {
                    double tp = g.binCentre(b) - (d[0] * c + d[1] * sn);
                    sum += tp * tp < d[2] * d[2] ? 2 * d[3] * Math.sqrt(d[2] * d[2] - tp * tp) : 0;
                }
                s.data()[v * g.bins() + b] = (float) sum;
            }
        }
        return s;
    }

    /** Prints the standard cases: {@code java -cp … org.modalis.bench.FbpBenchmark [warmups] [repeats]}. */
    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        FbpBenchmark bench = new FbpBenchmark(warmups, repeats);
        for (Result r : bench.runAll()) {
            System.out.println(r.describe());
        }
        System.out.println("fan beam, arc detector: " + bench.runFan(256, 720).describe());
    }
}
