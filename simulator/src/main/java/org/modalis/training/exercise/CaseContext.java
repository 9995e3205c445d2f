package org.modalis.training.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.modalis.image.Window;

/**
 * What every task's case maker shares: the template, seed, layout and the runner; where the student
 * images come from (the run's {@code image.png} and {@code image.npy}, renamed), and case seeds.
 */
record CaseContext(ExerciseTemplate template, long seed, ExerciseLayout layout, CaseRuns runs) {

    /**
     * The seed of run {@code alternative} of case {@code index}: distinct for every run of the exercise and
     * a pure function of (exercise seed, case, alternative), so the same template and seed give the same
     * images; kept below 2⁴⁸ so that YAML and JSON carry it exactly.
     */
    long caseSeed(int index, int alternative) {
        return Math.floorMod(seed * 1_000_003L + index * 101L + alternative + 1, 1L << 48);
    }

    /** The display window: the template's, else the base scenario's; one window for every case. */
    Window display(CaseRuns.Base base) {
        if (template.display() != null) {
            return template.display();
        }
        return base.scenario().displayWindow().orElseThrow(() -> new org.modalis.UserInputException(
                "neither the template nor its scenario sets a display window", template.file(), 0, 0, "display",
                "add 'display: {level: L, width: W}' so every case is shown through the same window (a window "
                        + "fitted to each image could give the answer away)"));
    }

    /** Copies a run's image.png and image.npy to {@code students/<name>.png|.npy}; returns the PNG name. */
    String publish(Path runDir, String name) {
        try {
            Files.createDirectories(layout.students());
            copy(runDir.resolve("image.png"), layout.students().resolve(name + ".png"));
            copy(runDir.resolve("image.npy"), layout.students().resolve(name + ".npy"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + name, e);
        }
        return name + ".png";
    }

    private static void copy(Path from, Path to) throws IOException {
        Path tmp = to.resolveSibling(to.getFileName() + ".tmp");
        Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
