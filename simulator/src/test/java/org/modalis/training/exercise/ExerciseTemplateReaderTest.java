package org.modalis.training.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.modalis.UserInputException;

/** Template mistakes become located user errors: file, line, key. */
class ExerciseTemplateReaderTest {

    private final ExerciseTemplateReader reader = new ExerciseTemplateReader();

    @Test
    void readsTheShippedTemplates() {
        for (String name : new String[] {"ct-low-contrast-detection.yaml", "ct-artifact-identification.yaml",
                "ct-lesion-localisation.yaml", "ct-4afc.yaml", "ct-protocol-mas.yaml", "mri-lesion-localisation.yaml"}) {
            ExerciseTemplate t = reader.read(Path.of("../exercises", name));
            assertTrue(t.title().length() > 3, name);
        }
    }

    @Test
    void readsAShippedTemplateByName() {
        assertEquals(TaskType.MAFC, reader.read(Path.of("ct-4afc")).task());
    }

    @Test
    void anUnknownKeyNamesItsLineAndKey() {
        String text = "title: t\ntask: detection\nscenario: ct/low-dose\nlesion:\n  shape: disc\n  diameter_mm: [4, 8]\n"
                + "  tissue: water\n  location: {centre_mm: [0, 0], radius_mm: 10}\n  colour: red\n";
        UserInputException e = assertThrows(UserInputException.class, () -> reader.parse(text, Path.of("t.yaml")));
        assertEquals(9, e.line(), e.describe());
        assertEquals("lesion.colour", e.key(), e.describe());
    }

    @Test
    void aRangeOutOfOrderIsRefused() {
        String text = "title: t\ntask: detection\nscenario: ct/low-dose\nlesion:\n  shape: disc\n  diameter_mm: [8, 4]\n"
                + "  tissue: water\n  location: {centre_mm: [0, 0], radius_mm: 10}\n";
        UserInputException e = assertThrows(UserInputException.class, () -> reader.parse(text, Path.of("t.yaml")));
        assertTrue(e.getMessage().contains("diameter_mm"), e.describe());
    }

    @Test
    void aTaskWithoutItsKeysIsRefused() {
        UserInputException e = assertThrows(UserInputException.class,
                () -> reader.parse("title: t\ntask: mafc\nscenario: ct/low-dose\n", Path.of("t.yaml")));
        assertEquals("task", e.key());
        assertEquals(2, e.line());
    }

    @Test
    void anUnknownTaskIsRefusedAtItsLine() {
        UserInputException e = assertThrows(UserInputException.class,
                () -> reader.parse("title: t\ntask: guessing\n", Path.of("t.yaml")));
        assertEquals(2, e.line(), e.describe());
    }
}
