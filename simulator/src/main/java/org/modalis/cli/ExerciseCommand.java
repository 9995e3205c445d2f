package org.modalis.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.modalis.pipeline.Modalities;
import org.modalis.tissue.TissueLibrary;
import org.modalis.training.dose.DoseLog;
import org.modalis.training.dose.ReferenceLevels;
import org.modalis.training.exercise.ExerciseBuilder;
import org.modalis.training.exercise.ExerciseScorer;
import org.modalis.training.exercise.ExerciseTemplate;
import org.modalis.training.exercise.ExerciseTemplateReader;
import org.modalis.training.exercise.Score;
import org.modalis.training.exercise.ScoreReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code modalis exercise new TEMPLATE} makes a set of reading cases; {@code modalis exercise score DIR
 * --answers FILE} scores a student's answers. See docs/training.md.
 */
@Command(name = "exercise", mixinStandardHelpOptions = true,
        subcommands = {ExerciseCommand.New.class, ExerciseCommand.ScoreAnswers.class},
        description = "Reading exercises for a class: make a case set from a template, score the answers (docs/training.md).")
final class ExerciseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code modalis exercise new TEMPLATE --cases N --seed S --out DIR}. */
    @Command(name = "new", mixinStandardHelpOptions = true,
            description = {"Make an exercise: DIR/students/ (images, cases.csv) for the class and DIR/key/",
                "(answer-key.csv, exercise.json, every case's scenario, phantom and run) for the educator.",
                "Exit status: 0 done, 2 a mistake in the input."})
    static final class New implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TEMPLATE", description = "exercise template file (exercises/ct-low-contrast-detection.yaml)")
        Path template;

        @Option(names = "--cases", paramLabel = "N", defaultValue = "20", description = "number of cases (default 20)")
        int cases;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "seed: same template and seed, same files")
        long seed;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "exercise folder")
        Path out;

        @Option(names = {"-q", "--quiet"}, description = "no progress bar")
        boolean quiet;

        @Option(names = "--dose-log", paramLabel = "FILE", description = "append every case run's dose figures to a session dose log")
        Path doseLog;

        @Override
        public Integer call() {
            ExerciseTemplate t = new ExerciseTemplateReader().read(template);
            ConsoleProgress progress = new ConsoleProgress(!quiet);
            ExerciseBuilder.Summary s = new ExerciseBuilder(new Modalities(TissueLibrary.load()), spec.commandLine().getErr())
                    .build(t, cases, seed, out, progress);
            if (doseLog != null) {
                new DoseLog(ReferenceLevels.standard()).record(doseLog, "exercise", DoseLog.runFolders(out.resolve("key")));
            }
            var o = spec.commandLine().getOut();
            o.printf("made %d %s cases (seed %d) in %s%n", s.cases(), s.task().yamlName(), seed, out.toAbsolutePath().normalize());
            s.observer().forEach((level, r) -> o.printf(Locale.ROOT, "  NPW model observer%s: d′ = %.2f, AUC = %.3f%n",
                    level.equals("all") ? "" : " at " + level, r.dPrime(), r.auc()));
            o.println("  give the class " + out.resolve("students") + "; keep " + out.resolve("key") + " to yourself");
            return 0;
        }
    }

    /** {@code modalis exercise score DIR --answers FILE.csv}. */
    @Command(name = "score", mixinStandardHelpOptions = true,
            description = {"Score a student's answers (CSV) against the exercise's key; write score.json and score.png.",
                "Exit status: 0 done, 2 a mistake in the input."})
    static final class ScoreAnswers implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "the exercise folder made by 'exercise new'")
        Path dir;

        @Option(names = "--answers", paramLabel = "FILE.csv", required = true, description = "the student's answers")
        Path answers;

        @Option(names = "--threshold", paramLabel = "C", defaultValue = "3",
                description = "detection: confidence ≥ C means 'lesion present' (default 3 on the 1–5 scale)")
        double threshold;

        @Option(names = "--out", paramLabel = "DIR", description = "report folder (default: DIR/score-<answers name>/)")
        Path out;

        @Override
        public Integer call() {
            Score s = new ExerciseScorer().score(dir, answers, threshold);
            Path to = out != null ? out : dir.resolve("score-" + answers.getFileName().toString().replaceFirst("\\.csv$", ""));
            ScoreReport.write(s, to);
            var o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%s: %d cases, %.1f %% correct", s.task().yamlName(), s.cases(), s.percentCorrect());
            if (Double.isFinite(s.auc())) {
                o.printf(Locale.ROOT, ", AUC %.3f (sensitivity %.2f, specificity %.2f)", s.auc(), s.sensitivity(), s.specificity());
            }
            o.printf("%n  wrote score.json and score.png to %s%n", to.toAbsolutePath().normalize());
            return 0;
        }
    }
}
