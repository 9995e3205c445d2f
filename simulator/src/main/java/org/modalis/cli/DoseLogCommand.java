package org.modalis.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.modalis.training.dose.DoseSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modalis dose-log FILE}: what a session's dose log adds up to (docs/training.md). */
@Command(name = "dose-log", mixinStandardHelpOptions = true,
        description = {"Sum a session dose log (written by --dose-log on run, sweep, exercise new): runs, DLP and",
            "effective dose (CT), entrance air kerma and KAP (X-ray) per modality, and the runs above their DRL."})
final class DoseLogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the dose log (CSV)")
    Path file;

    @Override
    public Integer call() {
        DoseSummary s = DoseSummary.of(file);
        var o = spec.commandLine().getOut();
        s.runs().forEach((modality, n) -> {
            o.printf("%s: %d runs%n", modality, n);
            s.totals().getOrDefault(modality, java.util.Map.of()).forEach((k, v) -> o.printf(Locale.ROOT, "  total %s = %.4g%n", k, v));
        });
        o.println(s.exceeded().isEmpty() ? "no run above its diagnostic reference level" : "above the DRL:");
        s.exceeded().forEach(x -> o.println("  " + x));
        return 0;
    }
}
