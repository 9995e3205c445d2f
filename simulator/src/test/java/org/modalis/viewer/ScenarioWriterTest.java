package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.scenario.ScenarioSource;

/** "Save scenario" writes a file that loads to exactly what the viewer ran. */
class ScenarioWriterTest {

    @Test
    void savedFileReproducesTheOverriddenScenario(@TempDir Path dir) throws Exception {
        ScenarioSource source = ScenarioLibrary.standard().resolve("ct/quality");
        OverrideSet edits = OverrideSet.of(List.of("ct.views=90", "recon.size=128", "recon.filter=hann", "ct.noise=false",
                "ct.motion.period_s=0.5"));
        Path file = dir.resolve("sub/edited.yaml");
        ScenarioWriter.write(file, source, edits);

        ScenarioLoader loader = new ScenarioLoader();
        Scenario expected = loader.load(source, edits.asList());
        Scenario saved = loader.load(file, List.of());
        assertEquals(expected.resolvedTree(), saved.resolvedTree());
        assertEquals(expected.title(), saved.title());
        assertEquals(expected.objective(), saved.objective());
        assertEquals(expected.expectations(), saved.expectations());
        assertEquals(expected.displayWindow(), saved.displayWindow());
        assertEquals(expected.rois(), saved.rois());
        String text = java.nio.file.Files.readString(file);
        assertTrue(text.contains("objective: >\n"), () -> "the folded lesson text is kept as written:\n" + text);
    }

    /** A lesson as an educator writes it: comments, a folded text, flow-style lists, a nested section. */
    private static final String LESSON = """
            # Ring artifact lesson (comment kept on save)
            title: "A ring from one bad element"
            objective: >
              See a ring appear where one detector element's gain is off.
            modality: ct
            phantom: water-cylinder   # uniform water: any ring stands out
            seed: 1
            ct:
              views: 90        # few views: quick
              noise: false
              bad_bins:
                - {bin: 100, gain: 1.02}
            recon:
              size: 64
            rois:
              - {name: centre, x_mm: 0, y_mm: 0, r_mm: 10}
            """;

    @Test
    void editsAreMadeInTheAuthorsTextKeepingCommentsAndLayout(@TempDir Path dir) throws Exception {
        Path lesson = dir.resolve("ring.yaml");
        java.nio.file.Files.writeString(lesson, LESSON);
        ScenarioSource source = ScenarioSource.read(lesson);
        // an existing value, a new key of an existing section, a list element's field, a new nested section,
        // a new top-level section and a text value
        OverrideSet edits = OverrideSet.of(List.of("ct.views=180", "ct.kvp=80", "ct.bad_bins[0].gain=1.05",
                "ct.motion.shift_mm=[2, 0]", "display.width=60", "recon.filter=hann"));
        String saved = ScenarioWriter.yaml(source, edits);

        ScenarioLoader loader = new ScenarioLoader();
        Path out = dir.resolve("saved.yaml");
        java.nio.file.Files.writeString(out, saved);
        assertEquals(loader.load(source, edits.asList()).resolvedTree(), loader.load(out, List.of()).resolvedTree());
        // the author's text is still there, edited in place
        for (String line : List.of("# Ring artifact lesson (comment kept on save)", "objective: >",
                "phantom: water-cylinder   # uniform water: any ring stands out", "  views: 180        # few views: quick",
                "    - {bin: 100, gain: 1.05}", "  - {name: centre, x_mm: 0, y_mm: 0, r_mm: 10}", "  kvp: 80",
                "  motion:", "    shift_mm: [2, 0]", "display:", "  width: 60", "  filter: hann")) {
            assertTrue(saved.contains(line + "\n"), () -> "missing line '" + line + "' in:\n" + saved);
        }
        // saving the saved file again keeps one header
        Path again = dir.resolve("again.yaml");
        ScenarioWriter.write(again, ScenarioSource.read(out), OverrideSet.of(List.of("ct.views=200")));
        String twice = java.nio.file.Files.readString(again);
        assertEquals(1, twice.split("Saved by 'modalis view'", -1).length - 1, twice);
        assertTrue(twice.contains("  views: 200        # few views: quick\n"), twice);
    }

    @Test
    void anEditTheTextCannotHoldFallsBackToTheParsedTree(@TempDir Path dir) throws Exception {
        Path lesson = dir.resolve("ring.yaml");
        java.nio.file.Files.writeString(lesson, LESSON);
        ScenarioSource source = ScenarioSource.read(lesson);
        // a whole list replaced by a flow value: the text patch replaces scalars only
        OverrideSet edits = OverrideSet.of(List.of("ct.bad_bins=[{bin: 7, gain: 0.9}]"));
        String saved = ScenarioWriter.yaml(source, edits);
        Path out = dir.resolve("saved.yaml");
        java.nio.file.Files.writeString(out, saved);
        ScenarioLoader loader = new ScenarioLoader();
        assertEquals(loader.load(source, edits.asList()).resolvedTree(), loader.load(out, List.of()).resolvedTree());
        assertFalse(saved.contains("comment kept on save"), "the tree rewrite has no comments");
    }

    @Test
    void valuesAreWrittenPlainOnlyWhereTheyReadBackAsTheSameText() {
        var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        assertEquals("hann", ScenarioTextPatch.render(f.textNode("hann")));
        assertEquals("\"yes\"", ScenarioTextPatch.render(f.textNode("yes")), "YAML 1.1 reads plain yes as true");
        assertEquals("\"a: b, c\"", ScenarioTextPatch.render(f.textNode("a: b, c")));
        assertEquals("\"720\"", ScenarioTextPatch.render(f.textNode("720")), "text that looks like a number");
        assertEquals("2.5", ScenarioTextPatch.render(f.numberNode(2.5)));
        assertEquals("[2, 0]", ScenarioTextPatch.render(f.arrayNode().add(2).add(0)));
        assertEquals("{bin: 3, gain: 1.1}", ScenarioTextPatch.render(f.objectNode().put("bin", 3).put("gain", 1.1)));
    }

    @Test
    void relativePhantomFileBecomesAbsolute(@TempDir Path dir) throws Exception {
        Path phantomDir = dir.resolve("lesson");
        java.nio.file.Files.createDirectories(phantomDir);
        java.nio.file.Files.copy(Path.of("src/test/resources/scenarios/loader-test/phantoms/tiny.yaml"),
                phantomDir.resolve("tiny.yaml"));
        Path scenario = phantomDir.resolve("own.yaml");
        java.nio.file.Files.writeString(scenario, "modality: ct\nphantom: tiny.yaml\nct: {views: 30}\n");
        Path out = dir.resolve("elsewhere/saved.yaml");
        ScenarioWriter.write(out, ScenarioSource.read(scenario), OverrideSet.of(List.of("ct.views=40")));
        Scenario saved = new ScenarioLoader().load(out, List.of());
        assertEquals(40, saved.section("ct").getInt("views"));
        String text = java.nio.file.Files.readString(out);
        assertTrue(text.contains("ct: {views: 40}"), text);
        assertTrue(text.contains("phantom: " + phantomDir.resolve("tiny.yaml")), text);
    }
}
