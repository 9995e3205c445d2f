package org.modalis.training.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.UserInputException;

/**
 * Scoring against hand-made keys (no simulation): every figure here is counted by hand, so the
 * tolerance is rounding only (1e-12).
 */
class ExerciseScorerTest {

    private static final double EXACT = 1e-12;

    @TempDir
    Path dir;

    @Test
    void detectionCountsSensitivitySpecificityAndMannWhitneyAuc() throws IOException {
        exercise("detection", "case,dose_value,present,x_mm,y_mm,diameter_mm\n"
                + "case-001,20,1,10,0,8\ncase-002,20,0,0,0,8\ncase-003,80,1,-5,5,8\ncase-004,80,0,3,3,8\ncase-005,80,1,0,-20,8\n");
        Path answers = write("a.csv", "case,confidence\ncase-001,5\ncase-002,2\ncase-003,2\ncase-004,4\ncase-005,4\n");
        Score s = new ExerciseScorer().score(dir, answers, 3);
        // called present (≥ 3): 001 ✓, 002 absent ✓, 003 missed, 004 false positive, 005 ✓ → 3 of 5
        assertEquals(60, s.percentCorrect(), EXACT);
        assertEquals(2.0 / 3, s.sensitivity(), EXACT);
        assertEquals(0.5, s.specificity(), EXACT);
        // pairs (present, absent): (5,2)1 (5,4)1 (2,2)½ (2,4)0 (4,2)1 (4,4)½ → 4 of 6
        assertEquals(4.0 / 6, s.auc(), EXACT);
        // dose 80: present 2 and 4 vs absent 4 → (0 + ½)/2
        assertEquals(0.25, s.aucByDose().get("80"), EXACT);
        assertEquals(2, s.missed().size());
        ScoreReport.write(s, dir.resolve("report"));
        assertTrue(Files.size(dir.resolve("report/score.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("report/score.json")).contains("\"auc\""));
    }

    @Test
    void localisationNeedsTheMarkWithinTheRadius() throws IOException {
        exercise("localisation", "case,present,x_mm,y_mm,diameter_mm\ncase-001,1,10,0,8\ncase-002,1,-5,5,8\ncase-003,0,0,0,8\n");
        // 001 marked 4.9 mm away (inside 5 mm), 002 marked 6 mm away (outside), 003 correctly called absent
        Path answers = write("b.csv", "case,confidence,x_mm,y_mm\ncase-001,5,14.9,0\ncase-002,5,-5,11\ncase-003,1,,\n");
        Score s = new ExerciseScorer().score(dir, answers, 3);
        assertEquals(0.5, s.localisation(), EXACT);
        assertEquals(200.0 / 3, s.percentCorrect(), 1e-9);
    }

    @Test
    void forcedChoiceAndArtifactCompareAnswers() throws IOException {
        exercise("mafc", "case,answer\ncase-001,2\ncase-002,4\ncase-003,1\ncase-004,3\n");
        Score m = new ExerciseScorer().score(dir, write("c.csv", "case,choice\ncase-001,2\ncase-002,4\ncase-003,3\ncase-004,3\n"), 3);
        assertEquals(75, m.percentCorrect(), EXACT);
        exercise("artifact", "case,answer\ncase-001,ct/ring\ncase-002,ct/metal\n");
        Score a = new ExerciseScorer().score(dir, write("d.csv", "case,artifact\ncase-001,CT/Ring\ncase-002,ct/motion\n"), 3);
        assertEquals(50, a.percentCorrect(), EXACT);
        assertEquals("ct/metal", a.missed().get(0).expected());
    }

    @Test
    void aMissingCaseIsAUserError() throws IOException {
        exercise("detection", "case,present,x_mm,y_mm,diameter_mm\ncase-001,1,0,0,8\ncase-002,0,0,0,8\n");
        Path answers = write("e.csv", "case,confidence\ncase-001,5\n");
        UserInputException e = assertThrows(UserInputException.class, () -> new ExerciseScorer().score(dir, answers, 3));
        assertTrue(e.getMessage().contains("case-002"), e.describe());
    }

    private void exercise(String task, String key) throws IOException {
        Files.createDirectories(dir.resolve("key"));
        Files.writeString(dir.resolve("key/exercise.json"), "{\"task\": \"" + task + "\", \"localisation_radius_mm\": 5, "
                + "\"observer\": {\"all\": {\"d_prime\": 1.5, \"auc\": 0.856}}}");
        Files.writeString(dir.resolve("key/answer-key.csv"), key);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
