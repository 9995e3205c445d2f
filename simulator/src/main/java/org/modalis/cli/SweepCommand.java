package org.modalis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.modalis.UserInputException;
import org.modalis.pipeline.Modalities;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.sweep.Shard;
import org.modalis.sweep.SweepManifest;
import org.modalis.sweep.SweepMerge;
import org.modalis.sweep.SweepPlan;
import org.modalis.sweep.SweepRunner;
import org.modalis.tissue.TissueLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code modalis sweep SCENARIO --vary KEY=V1,V2,…}: run a scenario over a grid of one or two parameters
 * (optionally one shard of it) and write metrics.csv, contact-sheet.png, plot-METRIC.png and sweep.json;
 * {@code modalis sweep merge} joins shard outputs. See docs/sweeps.md.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, subcommands = SweepCommand.Merge.class,
        description = {"Run a scenario over a grid of one or two varied parameters (every point with the same seed)",
            "and write points/<id>/, metrics.csv, contact-sheet.png, plot-<metric>.png and sweep.json.",
            "Exit status: 0 done, 2 a mistake in the input."})
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "scenario file or built-in name (ct/low-dose)")
    String scenario;

    // Not picocli-required: that would also demand it of 'sweep merge'; call() checks instead.
    @Option(names = "--vary", paramLabel = "KEY=V1,V2,...",
            description = "a parameter and its values, e.g. --vary ct.mas=10,20,50,100 (once or twice: full grid)")
    List<String> varies = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "fixed override for every point (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "seed of every point (default: the scenario's)")
    Long seed;

    @Option(names = "--shard", paramLabel = "k/N", description = "run only shard k of N (1-based; default 1/1)")
    String shard;

    @Option(names = "--plot", paramLabel = "METRIC[:XMETRIC]",
            description = {"plot this metric against the first parameter, or against another metric with Y:X",
                "(e.g. cnr.disc-1.0pct-15mm:ctdi_vol_mgy); repeatable; default: the lesson's expectations"})
    List<String> plots = new ArrayList<>();

    @Option(names = "--log", description = "log–log plot axes (automatic for ct.mas and mri.nex)")
    boolean log;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/sweep-<scenario-name>/)")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Option(names = "--dose-log", paramLabel = "FILE", description = "append every point's dose figures to a session dose log (CSV, with DRLs)")
    Path doseLog;

    @Override
    public Integer call() {
        if (seed != null && seed < 0) {
            throw new UserInputException("must be ≥ 0, got " + seed, null, 0, 0, "--seed", null);
        }
        if (scenario == null) {
            throw new UserInputException("needs a SCENARIO", null, 0, 0, null,
                    "e.g. modalis sweep ct/low-dose --vary ct.mas=10,20,50,100");
        }
        SweepPlan plan = SweepPlan.parse(varies);
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard);
        var source = ScenarioLibrary.standard().resolve(scenario);
        var request = new SweepRunner.Request(source, scenario, sets, plan, seed, plots, log, part);
        Path dir = out != null ? out : Path.of("out", "sweep-" + Path.of(scenario).getFileName().toString()
                .replaceFirst("\\.ya?ml$", ""));
        ConsoleProgress progress = new ConsoleProgress(!quiet);
        PrintWriter err = spec.commandLine().getErr();
        SweepManifest m = new SweepRunner(new Modalities(TissueLibrary.load()), new ScenarioLoader())
                .run(request, dir, progress, err);
        if (doseLog != null) {
            new org.modalis.training.dose.DoseLog(org.modalis.training.dose.ReferenceLevels.standard()).record(doseLog, "sweep",
                    org.modalis.training.dose.DoseLog.runFolders(dir.resolve("points")));
        }
        spec.commandLine().getOut().printf("swept %d of %d points (shard %s, seed %d) into %s%n", m.points().size(),
                plan.size(), part, m.seed(), dir.toAbsolutePath().normalize());
        return 0;
    }

    /** {@code modalis sweep merge DIR…}: join the outputs of all N shards of one sweep. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Join the output folders of the N shards of one sweep into one, as an unsharded run writes it.")
    static final class Merge implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", arity = "1..*", description = "the shard output folders")
        List<Path> dirs = new ArrayList<>();

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "merged output folder")
        Path out;

        @Override
        public Integer call() {
            SweepManifest m = SweepMerge.merge(dirs, out);
            spec.commandLine().getOut().printf("merged %d shards (%d points) into %s%n", dirs.size(),
                    m.points().size(), out.toAbsolutePath().normalize());
            return 0;
        }
    }
}
