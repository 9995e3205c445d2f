package org.modalis.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Rectangle;
import org.modalis.phantom.Region;
import org.modalis.pipeline.Progress;
import org.modalis.pipeline.Trace;
import org.modalis.tissue.AcousticProperties;
import org.modalis.tissue.Tissue;
import org.modalis.ultrasound.EchoModel;
import org.modalis.ultrasound.Transducer;
import org.modalis.ultrasound.UltrasoundJob;
import org.modalis.ultrasound.UltrasoundPipeline;
import org.modalis.ultrasound.UltrasoundProtocol;
import org.modalis.ultrasound.UltrasoundResult;

/**
 * Wall-clock benchmark of the brief's ultrasound case: a 128-line B-mode with the {@code linear-5} probe (5 MHz,
 * 128 elements), 6 cm depth, focus 3 cm, uniform liver-like tissue (0.5 dB/(cm·MHz); 15 scatterers per
 * resolution cell ≈ 270 000 echo sources, or fewer), delay-and-sum, envelope, log compression and scan
 * conversion, on the common fork-join pool. Three measurements with the beam-domain model:
 * <ul>
 *   <li>cold: a new pipeline per frame (everything built, as for a one-off run);</li>
 *   <li>live: one pipeline, a new seed per frame (new scatterers and noise, as frames of a live sequence are new
 *   acquisitions): what the pipeline keeps between frames (the field tables) is reused;</li>
 *   <li>edits on the live pipeline, alternating two values as the viewer does: the electronic noise (the noise-free
 *   signal is kept) and the transmit focus (the transmit tables are rebuilt);</li>
 *   <li>optionally, in the same run, the per-element channel model (cold), and the ratio of the medians.</li>
 * </ul>
 * Reports the median and minimum wall time, the process CPU time per frame, the load average, the number of echo
 * sources and the median time of each stage. Run it on its own:
 * {@code java -cp … org.modalis.bench.UltrasoundBenchmark [warmups] [repeats] [samplesPerPeriod]
 * [scatterersPerCell] [channelRepeats]} (channelRepeats 0 skips the channel model: it takes ~70 s of CPU).
 */
public final class UltrasoundBenchmark {

    private UltrasoundBenchmark() {
    }

    /** The benchmark job: 128 lines over the array, 6 cm, focus 3 cm, {@code samplesPerPeriod} × f₀ sampling. */
    public static UltrasoundJob job(double samplesPerPeriod) {
        return job(samplesPerPeriod, 15);
    }

    /** The benchmark job with {@code scatterersPerCell} scatterers per resolution cell. */
    public static UltrasoundJob job(double samplesPerPeriod, double scatterersPerCell) {
        Tissue liver = new Tissue("liver", "benchmark liver", null, null,
                new AcousticProperties(1540, 1060, 0.5, 1, 1, scatterersPerCell, "benchmark"));
        AnalyticPhantom phantom = new AnalyticPhantom("us-bench", List.of(Region.of(new Rectangle(0, -0.04, 0.06, 0.084, 0), liver)));
        UltrasoundProtocol protocol = new UltrasoundProtocol(0.06, 0.03, 128, 0, 2, 2, 5, 0, 60, -40, samplesPerPeriod, -40);
        return new UltrasoundJob(phantom, 0, Transducer.preset("linear-5").orElseThrow(), protocol, List.of(), List.of(),
                false, false, 0.1e-3, 1);
    }

    public static void main(String[] args) {
        try {
            run(args);
        } finally {
            System.exit(0); // JTransforms keeps a non-daemon thread pool alive for a minute
        }
    }

    private static void run(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double spp = args.length > 2 ? Double.parseDouble(args[2]) : 8;
        double perCell = args.length > 3 ? Double.parseDouble(args[3]) : 15;
        int channelRepeats = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        UltrasoundJob job = job(spp, perCell).withModel(EchoModel.BEAM);
        double cold = time("cold (new pipeline per frame)", i -> new UltrasoundPipeline().run(job, Progress.NONE),
                warmups, repeats, spp);
        UltrasoundPipeline live = new UltrasoundPipeline(new org.modalis.ultrasound.UltrasoundEchoMemo());
        time("live (one pipeline, new seed per frame)", i -> live.run(job.withSeed(1000 + i), Progress.NONE), warmups,
                repeats, spp);
        // Edits on the live pipeline, alternating two values, as the viewer makes them.
        time("noise edit (live pipeline, -40 <-> -39 dB)", i -> live.run(withProtocol(job, noise(job.protocol(),
                i % 2 == 0 ? -40 : -39)), Progress.NONE), warmups, repeats, spp);
        time("focus edit (live pipeline, 30 <-> 31 mm)", i -> live.run(withProtocol(job, focus(job.protocol(),
                i % 2 == 0 ? 0.03 : 0.031)), Progress.NONE), warmups, repeats, spp);
        if (channelRepeats > 0) {
            UltrasoundJob channel = job.withModel(EchoModel.CHANNEL);
            double t = time("channel model, cold", i -> new UltrasoundPipeline().run(channel, Progress.NONE), 0,
                    channelRepeats, spp);
            System.out.printf(Locale.ROOT, "channel / beam-domain wall time (cold): %.0f×%n", t / cold);
        }
    }

    private static UltrasoundJob withProtocol(UltrasoundJob j, UltrasoundProtocol p) {
        return new UltrasoundJob(j.phantom(), j.probeY(), j.transducer(), p, j.wires(), j.rois(), j.reverberation(),
                j.keepChannels(), j.pixel(), j.seed(), j.model(), j.refraction(), j.planeWaves());
    }

    private static UltrasoundProtocol noise(UltrasoundProtocol p, double db) {
        return p.withNoise(db);
    }

    private static UltrasoundProtocol focus(UltrasoundProtocol p, double focus) {
        return new UltrasoundProtocol(p.depth(), focus, p.lines(), p.lineSpan(), p.transmitFNumber(), p.receiveFNumber(),
                p.tgcDbPerCm(), p.gainDb(), p.dynamicRangeDb(), p.noiseDb(), p.samplesPerPeriod(), p.beamFloorDb(),
                p.assumedSpeed());
    }

    /** Runs a frame {@code warmups + repeats} times, prints the timings and returns the median wall time [s]. */
    private static double time(String what, IntFunction<UltrasoundResult> frame, int warmups, int repeats, double spp) {
        var bean = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < warmups; i++) {
            frame.apply(i);
        }
        double[] wall = new double[repeats], cpu = new double[repeats];
        Map<String, List<Double>> stages = new LinkedHashMap<>();
        UltrasoundResult last = null;
        double load = bean.getSystemLoadAverage();
        for (int i = 0; i < repeats; i++) {
            long c0 = bean.getProcessCpuTime(), t0 = System.nanoTime();
            last = frame.apply(warmups + i);
            wall[i] = (System.nanoTime() - t0) * 1e-9;
            cpu[i] = (bean.getProcessCpuTime() - c0) * 1e-9;
            for (Trace.Stage s : last.trace().stages()) {
                stages.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s.seconds());
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "ultrasound B-mode, %s, %s model: 128 lines, 6 cm, linear-5, %.0f samples/period, "
                + "%d echo sources, %d threads, load average %.1f: median %.3f s (min %.3f s, %d runs); CPU %.3f s per "
                + "frame%n", what, last.job().model(), spp, last.sourceCount(), Runtime.getRuntime().availableProcessors(),
                load, wall[repeats / 2], wall[0], repeats, cpu[repeats / 2]);
        stages.forEach((name, t) -> System.out.printf(Locale.ROOT, "  %-48s %.3f s%n", name,
                t.stream().sorted().toList().get(t.size() / 2)));
        return wall[repeats / 2];
    }
}
