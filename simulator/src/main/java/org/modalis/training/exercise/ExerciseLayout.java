package org.modalis.training.exercise;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where an exercise's files go. {@code students/} is what the class gets (images and {@code cases.csv},
 * no answers); {@code key/} is the educator's ({@code answer-key.csv}, {@code exercise.json}, every case's
 * scenario and phantom files and run outputs, the model observer).
 *
 * @param root the exercise folder given with {@code --out}
 */
public record ExerciseLayout(Path root) {

    public Path students() {
        return root.resolve("students");
    }

    public Path key() {
        return root.resolve("key");
    }

    public Path answerKey() {
        return key().resolve("answer-key.csv");
    }

    public Path casesCsv() {
        return students().resolve("cases.csv");
    }

    public Path exerciseJson() {
        return key().resolve("exercise.json");
    }

    /** The educator's folder of case {@code id}. */
    public Path caseDir(String id) {
        return key().resolve("cases").resolve(id);
    }

    /** "case-007": 1-based, three digits at least (sorts as text up to 999 cases). */
    public static String caseId(int index) {
        return String.format(Locale.ROOT, "case-%03d", index + 1);
    }
}
