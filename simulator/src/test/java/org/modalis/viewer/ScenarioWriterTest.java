package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    }
}
