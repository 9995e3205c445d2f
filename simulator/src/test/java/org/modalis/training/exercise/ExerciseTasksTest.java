package org.modalis.training.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * M-AFC, artifact and protocol exercises end to end on a tiny CT (90 views, 64² image), then scored with
 * the key's own answers (100 %) and with wrong ones.
 */
class ExerciseTasksTest {

    private static final String TINY = "set: [\"ct.views=90\", \"ct.bins=184\", \"ct.bin_mm=2\", \"ct.oversample=1\", \"recon.size=64\"]\n";

    @TempDir
    Path tmp;

    @Test
    void forcedChoiceHasOneLesionImagePerCaseAndTheObserverFindsAStrongLesion() throws Exception {
        // a 20 mm, +50 HU disc at the centre at 20 mAs: d′ far above 5, so the NPW observer never misses it
        ExerciseTemplate t = ExerciseBuilderTest.template("title: afc\ntask: mafc\nalternatives: 3\nscenario: ct/low-dose\n" + TINY
                + "display: {level: 0, width: 200}\nlesion: {shape: disc, diameter_mm: [20, 20], tissue: water, weight: [0.05, 0.05],"
                + " location: {centre_mm: [0, 0], radius_mm: 0}}\n");
        Path out = tmp.resolve("afc");
        ExerciseBuilderTest.build(t, 2, 9, out);
        CsvTable key = CsvTable.read(out.resolve("key/answer-key.csv"));
        for (Map<String, String> row : key.rows()) {
            int answer = Integer.parseInt(row.get("answer"));
            for (int a = 1; a <= 3; a++) {
                assertTrue(Files.exists(out.resolve("students/" + row.get("case") + "-" + a + ".png")));
                assertEquals(a == answer, Files.exists(out.resolve("key/cases/" + row.get("case") + "/alt-" + a + "-phantom.yaml")));
            }
            assertEquals(row.get("answer"), row.get("npw_choice"), "the observer picks the lesion image");
        }
        Path right = tmp.resolve("right.csv");
        Files.writeString(right, "case,choice\n" + String.join("\n", key.rows().stream()
                .map(r -> r.get("case") + "," + r.get("answer")).toList()) + "\n");
        Score s = new ExerciseScorer().score(out, right, 3);
        assertEquals(100, s.percentCorrect(), 1e-12);
        assertEquals(100, s.observerPercentCorrect(), 1e-12);
    }

    @Test
    void protocolAnswerIsTheLeastMasReachingTheTarget() {
        // σ ∝ 1/√mAs, so CNR of the 1 % disc grows as √mAs: the key must be the first candidate whose CNR ≥ target
        ExerciseTemplate t = ExerciseBuilderTest.template("title: p\ntask: protocol\nscenario: ct/low-dose\n" + TINY
                + "protocol: {key: ct.mas, values: [5, 20, 80], metric: cnr.disc-1.0pct-15mm, target: 2}\n");
        Path out = tmp.resolve("p");
        ExerciseBuilderTest.build(t, 1, 1, out);
        String answer = CsvTable.read(out.resolve("key/answer-key.csv")).rows().get(0).get("answer");
        List<Double> values = List.of(5.0, 20.0, 80.0);
        assertTrue(answer.equals("none") || values.contains(Double.parseDouble(answer)), answer);
        // the CNRs listed in exercise.json ascend with mAs and the answer is the first at or above the target
        var node = readJson(out.resolve("key/exercise.json")).get("candidates");
        String expected = "none";
        double previous = Double.NEGATIVE_INFINITY;
        for (var c : node) {
            double cnr = c.get("cnr.disc-1.0pct-15mm").asDouble();
            assertTrue(cnr > previous, "CNR grows with mAs");
            previous = cnr;
            if (expected.equals("none") && cnr >= 2) {
                expected = Num.text(c.get("value").asDouble());
            }
        }
        assertEquals(expected, answer);
    }

    @Test
    void artifactCasesComeFromTheListedScenarios() {
        // full detector (ct/ring names element 400), few views and a small image
        ExerciseTemplate t = ExerciseBuilderTest.template("title: a\ntask: artifact\nset: [\"ct.views=90\", \"recon.size=64\"]\n"
                + "artifacts: [ct/ring, ct/beam-hardening]\n");
        Path out = tmp.resolve("a");
        ExerciseBuilderTest.build(t, 2, 4, out);
        CsvTable key = CsvTable.read(out.resolve("key/answer-key.csv"));
        CsvTable cases = CsvTable.read(out.resolve("students/cases.csv"));
        for (int i = 0; i < 2; i++) {
            assertTrue(List.of("ct/ring", "ct/beam-hardening").contains(key.rows().get(i).get("answer")));
            assertEquals("ct/ring|ct/beam-hardening", cases.rows().get(i).get("choices"));
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(Path p) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(p.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
