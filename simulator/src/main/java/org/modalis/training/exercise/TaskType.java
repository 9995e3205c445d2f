package org.modalis.training.exercise;

import java.util.Locale;

/** What the students do with each case, as the template's {@code task:} names it. */
public enum TaskType {
    /** Lesion present? Rate confidence 1–5 (ROC analysis). */
    DETECTION,
    /** Rate confidence and mark the lesion centre (x, y in mm); correct within a radius. */
    LOCALISATION,
    /** M-alternative forced choice: M images, exactly one holds the lesion; pick it. */
    MAFC,
    /** Which of the listed artifact scenarios made this image? */
    ARTIFACT,
    /** Pick the protocol value that reaches a metric target at the least dose or time. */
    PROTOCOL;

    /** The template spelling ("detection"). */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaskType ofYaml(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
