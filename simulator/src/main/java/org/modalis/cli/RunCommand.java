package org.modalis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.modalis.UserInputException;
import org.modalis.metrics.Metric;
import org.modalis.pipeline.ExportFormats;
import org.modalis.pipeline.Modalities;
import org.modalis.pipeline.ModalityRun;
import org.modalis.pipeline.RunReport;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.tissue.TissueLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code modalis run SCENARIO}: acquire, reconstruct, measure and write the outputs of a scenario. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario: acquire the phantom, reconstruct, measure, and write image.npy, raw.npy,",
            "truth.npy, image.png, raw.png, truth.png and metrics.json into the output folder",
            "(--format adds DICOM image.dcm and NIfTI image.nii, or leaves NPY or PNG out).",
            "Exit status: 0 done, 1 a lesson expectation failed (with --check), 2 a mistake in the input."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "scenario file (scenarios/ct/head.yaml) or built-in name (ct/head); see 'modalis list scenarios'")
    String scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/<scenario-name>/)")
    Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a parameter, e.g. --set ct.views=90 (repeatable)")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "random seed (overrides the scenario's seed)")
    Long seed;

    @Option(names = "--backend", paramLabel = "auto|cpu|gpu",
            description = "where backprojection runs (overrides recon.backend); auto uses the GPU only on a hardware OpenGL renderer")
    String backend;

    @Option(names = "--format", paramLabel = "LIST",
            description = "outputs besides metrics.json: comma-separated npy, png, dicom, nifti (overrides output.format; default npy,png)")
    String format;

    @Option(names = "--check", description = "exit with status 1 if a lesson expectation is not met")
    boolean check;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar, only the summary")
    boolean quiet;

    @Option(names = "--dose-log", paramLabel = "FILE", description = "append this run's dose figures to a session dose log (CSV, with DRLs)")
    Path doseLog;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        List<String> sets = new ArrayList<>(overrides);
        if (backend != null) {
            sets.add("recon.backend=" + backend);
        }
        if (format != null) {
            try {
                sets.add("output.format=" + ExportFormats.parse(format));
            } catch (UserInputException e) {
                throw new UserInputException(e.getMessage(), null, 0, 0, "--format", e.hint());
            }
        }
        if (seed != null) {
            if (seed < 0) {
                throw new UserInputException("must be ≥ 0, got " + seed, null, 0, 0, "--seed", null);
            }
            sets.add("seed=" + seed);
        }
        Scenario sc = new ScenarioLoader().load(ScenarioLibrary.standard().resolve(scenario), sets);
        sc.warnings().forEach(w -> spec.commandLine().getErr().println("modalis: warning: " + w));
        ConsoleProgress progress = new ConsoleProgress(!quiet);
        ModalityRun run = new Modalities(TissueLibrary.load()).run(sc, progress, spec.commandLine().getErr());
        progress.finish();
        Path dir = out != null ? out : Path.of("out", sc.name());
        long t0 = System.nanoTime();
        List<Path> files = run.write(dir, sc);
        run.trace().record("export", (System.nanoTime() - t0) * 1e-9, "cpu");
        if (doseLog != null) {
            new org.modalis.training.dose.DoseLog(org.modalis.training.dose.ReferenceLevels.standard()).record(doseLog, "run", List.of(dir));
        }
        return summarize(o, sc, run, dir, files);
    }

    private int summarize(PrintWriter o, Scenario sc, ModalityRun r, Path dir, List<Path> files) {
        o.println(sc.title());
        o.printf("  phantom %s · %s%n", RunReport.describePhantom(sc.phantom()), r.summary());
        for (Metric m : r.metrics().metrics()) {
            if (!m.name().startsWith("cnr.")) {
                o.println("  " + m.summary());
            }
        }
        List<RunReport.Check> checks = RunReport.check(sc, r.metrics());
        boolean ok = true;
        for (RunReport.Check c : checks) {
            o.printf("  expect %s in [%s, %s]: %s %s%n", c.metric(), c.min(), c.max(),
                    c.value() == null ? "missing" : String.format(java.util.Locale.ROOT, "%.4g", c.value()), c.pass() ? "PASS" : "FAIL");
            ok &= c.pass();
        }
        o.printf("  stages: %s%n", r.trace().stages().stream()
                .map(s -> String.format(java.util.Locale.ROOT, "%s %.2f s", s.name(), s.seconds())).toList());
        o.println("  wrote " + files.size() + " files to " + dir.toAbsolutePath().normalize());
        return check && !ok ? 1 : 0;
    }
}
