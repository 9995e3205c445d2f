package org.modalis.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modalis.scenario.ScenarioErrorsTest.assertAt;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.UserInputException;
import org.modalis.image.Window;

/** Valid scenarios: every value read back, defaults applied from the schema, resolved tree deterministic. */
class ScenarioLoaderTest {

    private final ScenarioLoader loader = new ScenarioLoader();

    static Path resource(String name) {
        try {
            return Path.of(ScenarioLoaderTest.class.getClassLoader().getResource("scenarios/loader-test/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fullScenarioLoadsEveryValue() {
        Scenario s = loader.load(resource("ct/full.yaml"), List.of());
        assertEquals("full", s.name());
        assertEquals("Beam hardening: cupping in a water cylinder", s.title());
        assertEquals("The profile through the centre dips.", s.lookFor());
        assertEquals("ct", s.modality());
        assertEquals(new PhantomRef.Named("ct-quality"), s.phantom());
        assertEquals(7, s.seed());
        Parameters ct = s.section("ct");
        assertEquals("flat", ct.getString("detector"));
        assertEquals(360, ct.getInt("views"));
        assertEquals(0.8, ct.getDouble("bin_mm"), 0.0);
        assertEquals(1100, ct.getDouble("source_detector_mm"), 0.0);
        assertEquals(0.2, ct.getDouble("filter_mm_cu"), 0.0);
        assertTrue(ct.getBool("noise"));
        assertEquals(400, ct.getList("bad_bins").get(0).getInt("bin"));
        assertEquals(0.9, ct.getList("bad_bins").get(1).getDouble("gain"), 0.0);
        assertArrayEquals(new double[] {0, 2}, ct.section("motion").getDoubles("amplitude_mm"), 0.0);
        assertEquals("hann", s.section("recon").getString("filter"));
        assertEquals(new Window(0, 100), s.display());
        // ROIs are written in mm and held in m: exact up to one rounding of the 1e-3 product.
        assertEquals(new ScenarioRoi("edge", 0.08, -0.01, 0.01).x(), s.rois().get(1).x(), 1e-15);
        assertEquals(0.02, s.rois().get(0).radius(), 1e-15);
        assertEquals(new Expectation("cupping_hu", 20, 200, "beam hardening makes the centre darker"), s.expectations().get(0));
        assertEquals(Double.NEGATIVE_INFINITY, s.expectations().get(1).min());
        assertTrue(s.isLesson());
        assertEquals(List.of(), s.warnings());
    }

    @Test
    void minimalScenarioGetsEveryDefaultOfTheSchema() {
        Scenario s = loader.load(resource("ct/minimal.yaml"), List.of());
        ScenarioSchema schema = new ScenarioSchema();
        KeySpec ct = schema.specAt(KeyPath.parseDotted("ct"));
        for (String key : ct.keys()) {
            if (!key.equals("motion")) {
                assertEquals(ct.child(key).defaultValue(), s.resolvedTree().get("ct").get(key), "default of ct." + key);
            }
        }
        KeySpec motion = ct.child("motion");
        for (String key : motion.keys()) { // a defaulted section is filled with its keys' defaults
            assertEquals(motion.child(key).defaultValue(), s.resolvedTree().at("/ct/motion/" + key), "default of ct.motion." + key);
        }
        assertEquals(1, s.seed());
        assertEquals("minimal", s.title()); // untitled: the file stem, also in the resolved tree
        assertEquals("minimal", s.resolvedTree().get("title").asText());
        assertEquals("shepp-logan", s.section("recon").getString("filter"));
        assertTrue(s.displayWindow().isEmpty());
        assertFalse(s.isLesson());
        // The defaults themselves satisfy the schema (a default outside its own range would be a schema bug).
        assertEquals(List.of(), schema.validate(s.resolvedTree()));
    }

    @Test
    void resolvedTreeIsInSchemaOrderSoTheSameInputGivesTheSameBytes() {
        String a = "modality: ct\nphantom: p\nrecon: {size: 128}\nct: {views: 90, bins: 64}\n";
        String b = "ct: {bins: 64, views: 90}\nrecon: {size: 128}\nphantom: p\nmodality: ct\n";
        byte[] ja = loader.load(new ScenarioSource(Path.of("a.yaml"), a, Path.of("."), null), List.of()).resolvedJson();
        byte[] jb = loader.load(new ScenarioSource(Path.of("a.yaml"), b, Path.of("."), null), List.of()).resolvedJson();
        byte[] ja2 = loader.load(new ScenarioSource(Path.of("a.yaml"), a, Path.of("."), null), List.of()).resolvedJson();
        assertArrayEquals(ja, ja2);
        assertArrayEquals(ja, jb);
        String json = new String(ja, StandardCharsets.UTF_8);
        assertTrue(json.indexOf("\"modality\"") < json.indexOf("\"ct\"") && json.indexOf("\"ct\"") < json.indexOf("\"recon\""));
    }

    @Test
    void phantomPathResolvesAgainstTheScenarioFolder() {
        Scenario s = loader.load(resource("ct/own-phantom.yaml"), List.of());
        PhantomRef.InFile f = assertInstanceOf(PhantomRef.InFile.class, s.phantom());
        assertEquals(resource("phantoms/tiny.yaml"), f.file());
    }

    @Test
    void missingPhantomFileIsReportedAtThePhantomLine() {
        String yaml = "modality: ct\nphantom: nowhere/x.yaml\n";
        UserInputException e = assertThrows(UserInputException.class, () -> loader.load(
                new ScenarioSource(Path.of("s.yaml"), yaml, Path.of("/tmp/modalis-none"), null), List.of()));
        assertAt(e, Path.of("s.yaml"), 2, 10, "phantom", "no phantom file 'nowhere/x.yaml' (looked for /tmp/modalis-none/nowhere/x.yaml)",
                "a path is relative to the scenario's folder; or give a built-in phantom's name");
    }

    @Test
    void builtInScenarioResolvesPhantomOnTheClasspath() {
        ScenarioSource src = ScenarioSource.ofResource("scenarios/loader-test/ct/own-phantom.yaml", getClass().getClassLoader());
        Scenario s = loader.load(src, List.of());
        assertEquals(new PhantomRef.OnClasspath("scenarios/loader-test/phantoms/tiny.yaml"), s.phantom());
        assertEquals(Path.of("classpath:scenarios/loader-test/ct/own-phantom.yaml"), s.file());
    }

    @Test
    void domainErrorsFromTheModalityCodeAreLocatedAtTheValue() {
        Scenario s = loader.load(resource("ct/full.yaml"), List.of());
        UserInputException e = s.section("ct").at("bins", "is too few for this field of view", "e.g. 736");
        assertAt(e, resource("ct/full.yaml"), 13, 9, "ct.bins", "is too few for this field of view", "e.g. 736");
        UserInputException d = s.at("ct.bad_bins[1].gain", "x", null);
        assertEquals(30, d.line());
        // A defaulted value is located at its section (the nearest written place).
        Scenario m = loader.load(resource("ct/minimal.yaml"), List.of());
        assertEquals(new SourceLocation(resource("ct/minimal.yaml"), 2, 1), m.section("ct").location("views"));
    }

    @Test
    void ignoredSettingsAreAcceptedWithAWarning() {
        String yaml = "modality: ct\nphantom: p\nct:\n  spectrum: poly\n  energy_kev: 60\n";
        Scenario s = loader.load(new ScenarioSource(Path.of("w.yaml"), yaml, Path.of("."), null), List.of());
        assertEquals(List.of("w.yaml:5:15: key 'ct.energy_kev': is ignored because ct.spectrum is poly"), s.warnings());
        assertEquals(60, s.section("ct").getDouble("energy_kev"), 0.0);
    }

    @Test
    void yamlScalarsAreTypedAsYamlSays() {
        String yaml = "modality: ct\nphantom: \"123\"\nseed: 0x10\nct:\n  noise: no\n  mas: 1_000\n";
        Scenario s = loader.load(new ScenarioSource(Path.of("t.yaml"), yaml, Path.of("."), null), List.of());
        assertEquals(new PhantomRef.Named("123"), s.phantom()); // quoted: text, not a number
        assertEquals(16, s.seed());
        assertFalse(s.section("ct").getBool("noise"));
        JsonNode mas = s.resolvedTree().get("ct").get("mas");
        assertEquals(1000, mas.intValue());
    }

    @Test
    void missingFileSuggestsASimilarName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("beam-hardening.yaml"), "modality: ct\nphantom: p\n");
        Path typo = dir.resolve("beam-hardenig.yaml");
        UserInputException e = assertThrows(UserInputException.class, () -> loader.load(typo, List.of()));
        assertAt(e, typo, 0, 0, null, "no such file", "did you mean '" + dir.resolve("beam-hardening.yaml") + "'?");
        UserInputException far = assertThrows(UserInputException.class, () -> loader.load(dir.resolve("zzz.yaml"), List.of()));
        assertEquals("run 'modalis list scenarios' to see the built-in scenarios", far.hint());
        UserInputException folder = assertThrows(UserInputException.class, () -> loader.load(dir, List.of()));
        assertEquals("cannot read the file: it is a folder, not a scenario file", folder.getMessage());
    }

    @Test
    void nonUtf8FileIsAPlainError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, "title: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        UserInputException e = assertThrows(UserInputException.class, () -> loader.load(f, List.of()));
        assertAt(e, f, 0, 0, null, "the file is not UTF-8 text", "save it as UTF-8");
    }

    @Test
    void blankSectionsAndListsMeanEmptyNotNull() {
        String yaml = "modality: ct\nphantom: p\nrecon:\n  # size: 256\nct:\n  bad_bins:\n";
        Scenario s = loader.load(new ScenarioSource(Path.of("b.yaml"), yaml, Path.of("."), null), List.of());
        assertEquals(512, s.section("recon").getInt("size"));
        assertEquals(List.of(), s.section("ct").getList("bad_bins"));
    }

    @Test
    void aWholeNumberWrittenWithAPointIsAcceptedAsACount() {
        // JSON Schema 2020-12 counts 720.0 as an integer; getInt must then return it exactly.
        String yaml = "modality: ct\nphantom: p\nct: {views: 720.0}\n";
        Scenario s = loader.load(new ScenarioSource(Path.of("i.yaml"), yaml, Path.of("."), null), List.of());
        assertEquals(720, s.section("ct").getInt("views"));
    }

    @Test
    void yamlMergeKeysShareSettingsWithExplicitKeysWinning() {
        String yaml = "modality: ct\nphantom: p\n"
                + "common: &low-dose\n" // an unknown top-level key is still an error (x- keys are free)
                + "  views: 1\n";
        String shared = "modality: ct\nphantom: p\n"
                + "rois:\n  - &roi {name: a, x_mm: 1, y_mm: 2, r_mm: 3}\n  - {<<: *roi, name: b, r_mm: 5}\n";
        Scenario s = loader.load(new ScenarioSource(Path.of("m.yaml"), shared, Path.of("."), null), List.of());
        assertEquals("b", s.rois().get(1).name());
        assertEquals(0.002, s.rois().get(1).y(), 1e-15);    // merged from the anchor
        assertEquals(0.005, s.rois().get(1).radius(), 1e-15); // explicit key wins
        // A merged value is located where the anchored section wrote it (line 4).
        assertEquals(4, s.at("rois[1].y_mm", "x", null).line());
        UserInputException e = assertThrows(UserInputException.class, () -> loader.load(
                new ScenarioSource(Path.of("m.yaml"), yaml, Path.of("."), null), List.of()));
        assertEquals("unknown key 'common' at the top level", e.getMessage());
        // Free x- keys hold anchors for sections; they do not reach the resolved tree.
        String free = "modality: ct\nphantom: p\nx-low-dose: &low {mas: 20, views: 180}\nct: {<<: *low, views: 360}\n";
        Scenario f = loader.load(new ScenarioSource(Path.of("m.yaml"), free, Path.of("."), null), List.of());
        assertEquals(20, f.section("ct").getDouble("mas"), 0.0);
        assertEquals(360, f.section("ct").getInt("views"));
        assertFalse(f.resolvedTree().has("x-low-dose"));
    }
}
