package org.modalis.ultrasound.doppler;

import java.util.Locale;
import org.modalis.physics.Rng;

/**
 * Timing loop (no JMH) for the Doppler chain: 2 s of PW Doppler at 5 kHz PRF (10 000 pulses) of laminar flow in
 * a 3 mm-radius vessel at 60° with 40 dB tissue clutter and a moving wall — acquisition, FIR wall filter,
 * spectrogram — and a 32 × 32 colour box with 12-pulse ensembles. Best of {@code args[0]} (default 5) runs
 * after one warm-up. Run: {@code java -cp <classpath> org.modalis.ultrasound.doppler.DopplerBenchmark}.
 */
public final class DopplerBenchmark {

    private DopplerBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        DopplerProtocol p = DopplerProtocol.defaults();
        Vessel vessel = Vessel.of(3e-3, 20e-3, new VelocityProfile.Laminar(0.5)).withClutter(new TissueClutter(true, 40, 0.1e-3, 1.2));
        ColourFlowProtocol colour = new ColourFlowProtocol(p.withGate(20e-3, 0.3e-3), 32, 0.3e-3, 32, 12, 1);
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double bestCpu = Double.MAX_VALUE;
        for (int r = 0; r <= runs; r++) {
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            SlowTimeSignal s = SlowTimeSimulator.acquire(vessel, p, new Rng(r));
            long t1 = System.nanoTime();
            long cpu1 = processCpuNanos();
            SlowTimeSignal f = WallFilter.of(p).filter(s);
            long t2 = System.nanoTime();
            Spectrogram g = DopplerSpectrum.compute(f, SpectrumSettings.of(p.fftLength()));
            long t3 = System.nanoTime();
            ColourFlowImager.acquire(vessel, colour, new Rng(r));
            long t4 = System.nanoTime();
            if (r > 0) {
                best[0] = Math.min(best[0], (t1 - t0) / 1e6);
                best[1] = Math.min(best[1], (t2 - t1) / 1e6);
                best[2] = Math.min(best[2], (t3 - t2) / 1e6);
                best[3] = Math.min(best[3], (t4 - t3) / 1e6);
                bestCpu = Math.min(bestCpu, (cpu1 - cpu0) / 1e6);
            }
            if (r == 0) {
                System.out.printf(Locale.ROOT, "PW: %d pulses, spectrogram %d × %d, v_Nyq %.3f m/s%n", p.pulses(),
                        g.columns(), g.bins(), p.scale().nyquistVelocity());
            }
        }
        System.out.printf(Locale.ROOT, "best of %d on %d threads: PW acquire %.0f ms (%.0f ms CPU), wall filter %.0f ms,"
                + " spectrogram %.0f ms; colour 32×32×12 %.0f ms%n", runs, Runtime.getRuntime().availableProcessors(), best[0],
                bestCpu, best[1], best[2], best[3]);
    }

    /** CPU time of the whole process [ns] (all threads), or −1 where the JVM does not report it. */
    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
