package org.modalis.pipeline;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.modalis.UserInputException;
import org.modalis.scenario.Scenario;

/**
 * Which outputs a run writes: the scenario's {@code output.format} (or the CLI's {@code --format}), a
 * comma-separated list of {@code npy}, {@code png}, {@code dicom}, {@code nifti}; {@code metrics.json}
 * is always written. Default {@code npy,png}.
 *
 * @param formats the chosen formats, at least one
 */
public record ExportFormats(Set<Format> formats) {

    /** One output format. */
    public enum Format {
        /** float32 arrays (image, truth, raw). */
        NPY,
        /** 8-bit pictures through the display window. */
        PNG,
        /** DICOM Part 10 files of the modality's IOD (docs/exports.md). */
        DICOM,
        /** NIfTI-1 single-file volume, CT and MRI. */
        NIFTI
    }

    /** The default when a scenario does not choose. */
    public static final String DEFAULT = "npy,png";

    public ExportFormats {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("choose at least one output format of npy, png, dicom, nifti");
        }
        formats = Set.copyOf(formats);
    }

    /**
     * Parses "npy,png,dicom" (case and spaces ignored).
     *
     * @throws UserInputException naming {@code output.format} and the allowed values
     */
    public static ExportFormats parse(String text) {
        Set<Format> set = EnumSet.noneOf(Format.class);
        for (String word : String.valueOf(text).split(",", -1)) {
            String w = word.strip().toUpperCase(Locale.ROOT);
            try {
                set.add(Format.valueOf(w));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("unknown format '" + word.strip() + "' in '" + text + "'", null, 0, 0,
                        "output.format", "a comma-separated list of npy, png, dicom, nifti, e.g. npy,png,dicom");
            }
        }
        return new ExportFormats(set);
    }

    /** The scenario's {@code output.format}, or {@link #DEFAULT} where it has none. */
    public static ExportFormats of(Scenario scenario) {
        if (!scenario.root().has("output") || !scenario.section("output").has("format")) {
            return parse(DEFAULT);
        }
        try {
            return parse(scenario.section("output").getString("format"));
        } catch (UserInputException e) {
            throw scenario.at("output.format", e.getMessage(), e.hint());
        }
    }

    public boolean npy() {
        return formats.contains(Format.NPY);
    }

    public boolean png() {
        return formats.contains(Format.PNG);
    }

    public boolean dicom() {
        return formats.contains(Format.DICOM);
    }

    public boolean nifti() {
        return formats.contains(Format.NIFTI);
    }

    /** The formats in their canonical order, e.g. "npy,png,dicom". */
    @Override
    public String toString() {
        return EnumSet.copyOf(formats).stream().map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(","));
    }
}
