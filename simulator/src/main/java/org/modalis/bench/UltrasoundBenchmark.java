package org.modalis.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Rectangle;
import org.modalis.phantom.Region;
import org.modalis.pipeline.Progress;
import org.modalis.tissue.AcousticProperties;
import org.modalis.tissue.Tissue;
import org.modalis.ultrasound.Transducer;
import org.modalis.ultrasound.UltrasoundJob;
import org.modalis.ultrasound.UltrasoundPipeline;
import org.modalis.ultrasound.UltrasoundProtocol;
import org.modalis.ultrasound.UltrasoundResult;

/**
 * Wall-clock benchmark of the brief's ultrasound case: a 128-line B-mode with the {@code linear-5} probe (5 MHz,
 * 128 elements), 6 cm depth, focus 3 cm, uniform liver-like tissue (0.5 dB/(cm·MHz), 15 scatterers per
 * resolution cell: ~270 000 scatterers), per-element channel simulation, delay-and-sum, envelope, log
 * compression and scan conversion, on the common fork-join pool. Reports the median wall time, the process CPU
 * time per run, the number of echo sources and the stage times of the last run. Run it on its own:
 * {@code java -cp … org.modalis.bench.UltrasoundBenchmark [warmups] [repeats] [samplesPerPeriod]}.
 */
public final class UltrasoundBenchmark {

    private UltrasoundBenchmark() {
    }

    /** The benchmark job: 128 lines over the array, 6 cm, focus 3 cm, {@code samplesPerPeriod} × f₀ sampling. */
    public static UltrasoundJob job(double samplesPerPeriod) {
        Tissue liver = new Tissue("liver", "benchmark liver", null, null,
                new AcousticProperties(1540, 1060, 0.5, 1, 1, 15, "benchmark"));
        AnalyticPhantom phantom = new AnalyticPhantom("us-bench", List.of(Region.of(new Rectangle(0, -0.04, 0.06, 0.084, 0), liver)));
        UltrasoundProtocol protocol = new UltrasoundProtocol(0.06, 0.03, 128, 0, 2, 2, 5, 0, 60, -40, samplesPerPeriod, -40);
        return new UltrasoundJob(phantom, 0, Transducer.preset("linear-5").orElseThrow(), protocol, List.of(), List.of(),
                false, false, 0.1e-3, 1);
    }

    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double spp = args.length > 2 ? Double.parseDouble(args[2]) : 8;
        UltrasoundJob job = job(spp);
        var bean = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < warmups; i++) {
            new UltrasoundPipeline().run(job, Progress.NONE);
        }
        double[] wall = new double[repeats], cpu = new double[repeats];
        UltrasoundResult last = null;
        for (int i = 0; i < repeats; i++) {
            long c0 = bean.getProcessCpuTime(), t0 = System.nanoTime();
            last = new UltrasoundPipeline().run(job, Progress.NONE);
            wall[i] = (System.nanoTime() - t0) * 1e-9;
            cpu[i] = (bean.getProcessCpuTime() - c0) * 1e-9;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("ultrasound B-mode 128 lines, 6 cm, linear-5, %.0f samples/period, %d echo sources, %d threads: "
                + "median %.2f s (min %.2f s, %d runs); CPU %.2f s per run%n", spp, last.sourceCount(),
                Runtime.getRuntime().availableProcessors(), wall[repeats / 2], wall[0], repeats, cpu[repeats / 2]);
        last.trace().stages().forEach(s -> System.out.printf("  %-20s %.3f s%n", s.name(), s.seconds()));
    }
}
