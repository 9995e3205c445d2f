package org.modalis.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.modalis.pipeline.Modalities;
import org.modalis.tissue.TissueLibrary;
import org.modalis.training.drill.DrillCatalog;
import org.modalis.training.drill.DrillResult;
import org.modalis.training.drill.Drills;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modalis drill new|check}: QA drills, a QC scan with a fault to find (docs/training.md). */
@Command(name = "drill", mixinStandardHelpOptions = true, subcommands = {DrillCommand.New.class, DrillCommand.Check.class},
        description = "QA drills: a daily-QC scan with an injected fault for the student to find (docs/training.md).")
final class DrillCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code modalis drill new --seed S --out DIR [--fault NAME] [--program NAME]}. */
    @Command(name = "new", mixinStandardHelpOptions = true,
            description = {"Run the QC scan with a fault (random, or --fault) and write DIR/students/ (image, qc-sheet.csv)",
                "and DIR/key/drill.json. Exit status: 0 done, 2 a mistake in the input."})
    static final class New implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed (chooses the fault too)")
        long seed;

        @Option(names = "--fault", paramLabel = "NAME", description = "inject this fault instead of a random one")
        String fault;

        @Option(names = "--program", paramLabel = "NAME", description = "QC programme of scenarios/qa/drills.yaml: ct-daily-qc (default), mri-weekly-qc, us-probe-qa")
        String program;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "drill folder")
        Path out;

        @Override
        public Integer call() {
            var p = DrillCatalog.standard().program(program);
            DrillResult r = new Drills(new Modalities(TissueLibrary.load()), spec.commandLine().getErr()).make(p, fault, seed, out);
            var o = spec.commandLine().getOut();
            o.printf("drill '%s' ready in %s (%d possible faults, one of them 'none')%n", r.program().title(),
                    out.toAbsolutePath().normalize(), p.faults().size());
            o.println("  student: read students/qc-sheet.csv and students/image.png, then: modalis drill check "
                    + out + " --answer FAULT");
            return 0;
        }
    }

    /** {@code modalis drill check DIR --answer FAULT}: exit 0 when right, 1 when wrong. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check a drill answer. Exit status: 0 right, 1 wrong, 2 a mistake in the input."})
    static final class Check implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "the drill folder")
        Path dir;

        @Option(names = "--answer", paramLabel = "FAULT", required = true, description = "the fault you found, or 'none'")
        String answer;

        @Override
        public Integer call() {
            Drills.Check c = Drills.check(dir, answer);
            var o = spec.commandLine().getOut();
            o.println(c.correct() ? "right: " + c.fault() : String.format(Locale.ROOT, "wrong: the fault was '%s', not '%s'",
                    c.fault(), answer));
            if (!c.metric().isEmpty()) {
                o.println("  it shows in " + c.metric());
            }
            o.println("  " + c.explanation());
            return c.correct() ? 0 : 1;
        }
    }
}
