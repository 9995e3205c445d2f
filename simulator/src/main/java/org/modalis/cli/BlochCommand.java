package org.modalis.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.modalis.UserInputException;
import org.modalis.mri.bloch.BlochSequence;
import org.modalis.mri.bloch.BlochSimulator;
import org.modalis.mri.bloch.BlochTrace;
import org.modalis.mri.bloch.IsochromatEnsemble;
import org.modalis.pipeline.MriBlochExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code modalis bloch}: the Bloch equations of an isochromat ensemble through FID, spin echo or stimulated echo. */
@Command(name = "bloch", mixinStandardHelpOptions = true,
        description = {"Simulate the Bloch equations of isochromats with a Lorentzian spread of off-resonance (T2*)",
            "through a free induction decay (fid), a spin echo 90–TE/2–180 (se), a stimulated echo 90–τ–90–TM–90",
            "(ste) or an inversion (ir). Writes bloch.npy (t, Mx, My, Mz, |Mxy|), bloch.png and metrics.json."})
final class BlochCommand implements Callable<Integer> {

    /** Turns of phase the stimulated-echo ensemble spreads over in τ. */
    private static final int STE_TURNS = 8;

    @Spec
    CommandSpec spec;

    @Option(names = "--sequence", defaultValue = "se", paramLabel = "fid|se|ste|ir", description = "experiment (default ${DEFAULT-VALUE})")
    String sequence;

    @Option(names = "--t1-ms", defaultValue = "800", description = "T1 [ms] (default ${DEFAULT-VALUE})")
    double t1Ms;

    @Option(names = "--t2-ms", defaultValue = "80", description = "T2 [ms] (default ${DEFAULT-VALUE})")
    double t2Ms;

    @Option(names = "--fwhm-hz", defaultValue = "20", description = "Lorentzian line width Γ [Hz]: 1/T2* = 1/T2 + πΓ (default ${DEFAULT-VALUE})")
    double fwhmHz;

    @Option(names = "--te-ms", defaultValue = "40", description = "spin-echo time [ms] (default ${DEFAULT-VALUE})")
    double teMs;

    @Option(names = "--tau-ms", defaultValue = "5", description = "stimulated echo: spacing τ of pulses 1 and 2 [ms] (default ${DEFAULT-VALUE})")
    double tauMs;

    @Option(names = "--tm-ms", defaultValue = "50", description = "stimulated echo: mixing time TM [ms] (default ${DEFAULT-VALUE})")
    double tmMs;

    @Option(names = "--duration-ms", description = "time simulated [ms] (default: to 1.5× the last echo, or 5·T2 / 4·T1)")
    Double durationMs;

    @Option(names = "--dt-ms", defaultValue = "0.1", description = "sampling step [ms] (default ${DEFAULT-VALUE})")
    double dtMs;

    @Option(names = "--isochromats", defaultValue = "4000", description = "isochromats in the ensemble (default ${DEFAULT-VALUE})")
    int isochromats;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Override
    public Integer call() {
        double t1 = t1Ms * 1e-3, t2 = t2Ms * 1e-3, dt = dtMs * 1e-3;
        BlochSimulator sim;
        BlochSequence seq;
        IsochromatEnsemble spins;
        Map<String, Object> echoes = new LinkedHashMap<>();
        try {
            sim = new BlochSimulator(t1, t2, dt);
            seq = sequence(t1, t2);
            // The stimulated echo needs its pathways separated: a uniform spread over 8 turns in τ cancels every
            // unwanted pathway exactly at the echo times (and makes the echoes narrow: 1/8 of τ).
            spins = seq.name().equals("stimulated echo") ? IsochromatEnsemble.dephasingCycle(isochromats, tauMs * 1e-3 / STE_TURNS)
                    : IsochromatEnsemble.lorentzian(isochromats, fwhmHz);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), null, 0, 0, null, "see modalis bloch --help for the options and their units");
        }
        BlochTrace trace = sim.simulate(seq, spins);
        for (int i = 0; i < seq.echoTimes().size(); i++) {
            double te = seq.echoTimes().get(i);
            double expected = expectedEcho(seq, i, t1, t2);
            echoes.put("echo" + (i + 1), Map.of("t_ms", te * 1e3, "simulated", trace.transverseAt(te), "expected", expected));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("sequence", sequence);
        params.put("t1_ms", t1Ms);
        params.put("t2_ms", t2Ms);
        params.put("fwhm_hz", fwhmHz);
        params.put("t2star_ms", 1e3 / (1 / t2 + Math.PI * fwhmHz));
        params.put("dt_ms", dtMs);
        params.put("isochromats", isochromats);
        String spread = seq.name().equals("stimulated echo")
                ? String.format(Locale.ROOT, "uniform spread %.0f Hz", STE_TURNS / (tauMs * 1e-3))
                : String.format(Locale.ROOT, "Lorentzian Γ %.1f Hz", fwhmHz);
        String title = String.format(Locale.ROOT, "%s  T1 %.0f ms  T2 %.0f ms  %s", seq.name(), t1Ms, t2Ms, spread);
        MriBlochExport.write(out, title, trace, params, echoes);
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d samples of %d isochromats; echoes %s; wrote %s%n", seq.name(),
                trace.samples(), spins.size(), echoes, out.toAbsolutePath());
        return 0;
    }

    private BlochSequence sequence(double t1, double t2) {
        double te = teMs * 1e-3, tau = tauMs * 1e-3, tm = tmMs * 1e-3;
        return switch (sequence.toLowerCase(Locale.ROOT)) {
            case "fid" -> BlochSequence.fid(duration(5 * t2));
            case "se" -> BlochSequence.spinEcho(te, duration(1.5 * te));
            case "ste" -> BlochSequence.stimulatedEcho(tau, tm, duration(1.5 * (2 * tau + tm)));
            case "ir" -> BlochSequence.inversion(duration(4 * t1));
            default -> throw new UserInputException("unknown sequence '" + sequence + "'", null, 0, 0, "--sequence",
                    "one of fid, se, ste, ir");
        };
    }

    private double duration(double fallback) {
        double d = durationMs != null ? durationMs * 1e-3 : fallback;
        return Math.round(d / (dtMs * 1e-3)) * dtMs * 1e-3;
    }

    /** Closed-form echo amplitudes: e^(−TE/T2) (Hahn), ½e^(−2τ/T2) and ½e^(−TM/T1)·e^(−2τ/T2) (stimulated). */
    private double expectedEcho(BlochSequence seq, int i, double t1, double t2) {
        double tau = tauMs * 1e-3, tm = tmMs * 1e-3;
        if (seq.name().equals("spin echo")) {
            return Math.exp(-teMs * 1e-3 / t2);
        }
        return i == 0 ? 0.5 * Math.exp(-2 * tau / t2) : 0.5 * Math.exp(-tm / t1) * Math.exp(-2 * tau / t2);
    }
}
