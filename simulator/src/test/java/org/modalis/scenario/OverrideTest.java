package org.modalis.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.modalis.scenario.ScenarioErrorsTest.assertAt;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.UserInputException;

/** {@code --set key=value}: values change, and mistakes are reported against the override as typed. */
class OverrideTest {

    private static final Path FILE = Path.of("lesson.yaml");
    private static final String BASE = "modality: ct\nphantom: ct-quality\nct:\n  views: 720\n  bad_bins: [{bin: 3, gain: 1.1}]\n";
    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario load(String... overrides) {
        return loader.load(new ScenarioSource(FILE, BASE, Path.of("."), null), List.of(overrides));
    }

    private UserInputException error(String... overrides) {
        return assertThrows(UserInputException.class, () -> load(overrides));
    }

    @Test
    void overridesChangeNumbersTextListsAndBooleans() {
        Scenario s = load("ct.views=90", "recon.filter=hann", "ct.motion.shift_mm=[5,0]", "ct.noise=false", "seed=42");
        assertEquals(90, s.section("ct").getInt("views"));
        assertEquals("hann", s.section("recon").getString("filter"));
        assertArrayEquals(new double[] {5, 0}, s.section("ct").section("motion").getDoubles("shift_mm"), 0.0);
        assertEquals(false, s.section("ct").getBool("noise"));
        assertEquals(42, s.seed());
        // Untouched keys keep the file's value or the default.
        assertEquals(736, s.section("ct").getInt("bins"));
    }

    @Test
    void overridesReachListItemsAndCanAppendOne() {
        Scenario s = load("ct.bad_bins[0].gain=0.5", "ct.bad_bins.1={bin: 9, gain: 2}");
        List<Parameters> bad = s.section("ct").getList("bad_bins");
        assertEquals(2, bad.size());
        assertEquals(0.5, bad.get(0).getDouble("gain"), 0.0);
        assertEquals(9, bad.get(1).getInt("bin"));
    }

    @Test
    void overriddenValueIsLocatedAtTheOverride() {
        Scenario s = load("ct.views=90");
        assertEquals(SourceLocation.ofOverride("ct.views=90"), s.section("ct").location("views"));
        assertEquals(new SourceLocation(FILE, 5, 13), s.section("ct").location("bad_bins"));
    }

    @Test
    void unknownOverrideKeySuggestsTheClosest() {
        UserInputException e = error("ct.viewz=90");
        assertAt(e, Path.of("--set ct.viewz=90"), 0, 0, "ct.viewz", "unknown key 'viewz' in 'ct'", "did you mean 'views'?");
        assertEquals("--set ct.viewz=90: key 'ct.viewz': unknown key 'viewz' in 'ct' (did you mean 'views'?)", e.describe());
    }

    @Test
    void overrideTypeAndRangeErrorsAreLocatedAtTheOverride() {
        UserInputException e = error("ct.views=abc");
        assertAt(e, Path.of("--set ct.views=abc"), 0, 0, "ct.views", "expected a whole number (views), got the text 'abc'",
                "e.g. 720 for a full scan");
        UserInputException range = error("ct.kvp=200");
        assertAt(range, Path.of("--set ct.kvp=200"), 0, 0, "ct.kvp", "must be between 40 and 150 kV, got 200", "e.g. 120");
    }

    @Test
    void malformedOverrides() {
        assertAt(error("ct.views"), Path.of("--set ct.views"), 0, 0, null, "expected key=value", "e.g. --set ct.views=90");
        assertAt(error("ct.views=[1"), Path.of("--set ct.views=[1"), 0, 0, null,
                "this is not valid YAML: a [list] or {section} is not closed or lacks a ','", null);
        assertAt(error("ct.views.x=1"), Path.of("--set ct.views.x=1"), 0, 0, "ct.views",
                "'ct.views' is a single value; it has no key 'x'", null);
        assertAt(error("ct.bad_bins[5].gain=1"), Path.of("--set ct.bad_bins[5].gain=1"), 0, 0, "ct.bad_bins[5]",
                "index 5 is past the end of 'ct.bad_bins' (1 item)", "use 1 to add an item");
    }

    @Test
    void overrideCreatesAMissingSection() {
        Scenario s = load("display.width=80");
        assertEquals(80, s.displayWindow().orElseThrow().width(), 0.0);
        assertEquals(40, s.displayWindow().orElseThrow().level(), 0.0); // default level fills in
    }
}
