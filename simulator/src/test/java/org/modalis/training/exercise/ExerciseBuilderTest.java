package org.modalis.training.exercise;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.pipeline.Modalities;
import org.modalis.pipeline.Progress;
import org.modalis.tissue.TissueLibrary;

/**
 * {@code exercise new} end to end on a deliberately tiny CT (90 views, 64² image) so that it stays fast:
 * the student folder holds images and case ids only, the key holds the answers, every lesion-present case
 * has the lesion in its phantom, and the same template and seed give the same bytes.
 */
class ExerciseBuilderTest {

    static final String TEMPLATE = """
            title: tiny detection
            task: detection
            scenario: ct/low-dose
            set: ["ct.views=90", "ct.bins=184", "ct.bin_mm=2", "ct.oversample=1", "recon.size=64"]
            lesion:
              shape: disc
              diameter_mm: [8, 12]
              tissue: water
              weight: [0.05, 0.05]
              location: {centre_mm: [0, 0], radius_mm: 30}
              absent_probability: 0.5
            observer: false
            """;

    @TempDir
    Path tmp;

    @Test
    void studentsGetImagesOnlyTheKeyHoldsTheLesionsAndTheSameSeedGivesTheSameBytes() throws IOException {
        ExerciseTemplate t = template(TEMPLATE);
        build(t, 3, 11, tmp.resolve("a"));
        build(t, 3, 11, tmp.resolve("b"));
        Path students = tmp.resolve("a/students");
        List<String> names = list(students);
        assertEquals(List.of("case-001.npy", "case-001.png", "case-002.npy", "case-002.png", "case-003.npy", "case-003.png",
                "cases.csv", "instructions.txt"), names);
        String cases = Files.readString(students.resolve("cases.csv"));
        assertFalse(cases.contains("present") || cases.contains("x_mm") || cases.contains("tissue"), cases);
        for (String n : names) {
            assertArrayEquals(Files.readAllBytes(students.resolve(n)), Files.readAllBytes(tmp.resolve("b/students").resolve(n)), n);
        }
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a/key/answer-key.csv")), Files.readAllBytes(tmp.resolve("b/key/answer-key.csv")));
        // present cases have the lesion in their phantom, absent ones none
        CsvTable key = CsvTable.read(tmp.resolve("a/key/answer-key.csv"));
        assertEquals(3, key.rows().size());
        for (var row : key.rows()) {
            boolean phantom = Files.exists(tmp.resolve("a/key/cases").resolve(row.get("case")).resolve("scenario-phantom.yaml"));
            assertEquals(row.get("present").equals("1"), phantom, row.toString());
        }
    }

    @Test
    void anotherSeedGivesOtherCases() {
        ExerciseTemplate t = template(TEMPLATE);
        // lesion draws only (no runs needed): seeds 11 and 12 must draw different lesions for case 1
        Lesion a = t.lesion().draw(new org.modalis.physics.Rng(11).stream(0));
        Lesion b = t.lesion().draw(new org.modalis.physics.Rng(12).stream(0));
        assertNotEquals(a, b);
        assertTrue(Math.hypot(a.xMm(), a.yMm()) <= 30 + 1e-9, "the centre lies within the location disc");
    }

    static ExerciseTemplate template(String text) {
        return new ExerciseTemplateReader().parse(text, Path.of("tiny.yaml"));
    }

    static ExerciseBuilder.Summary build(ExerciseTemplate t, int cases, long seed, Path out) {
        return new ExerciseBuilder(new Modalities(TissueLibrary.load()), new PrintWriter(new StringWriter()))
                .build(t, cases, seed, out, Progress.NONE);
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
