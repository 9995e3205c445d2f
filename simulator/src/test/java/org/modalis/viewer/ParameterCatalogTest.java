package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;

/** The widgets come from the schema: keys, ranges, units, choices; every one round-trips through the loader. */
class ParameterCatalogTest {

    private final ParameterCatalog catalog = ParameterCatalog.forModality("ct");

    @Test
    void readsRangesUnitsAndChoicesFromTheSchema() {
        ParameterSpec views = catalog.find("ct.views");
        assertEquals("integer", views.type());
        assertEquals(1, views.min(), 0);
        assertEquals(20000, views.max(), 0);
        assertEquals("views", views.unit());
        assertEquals("[1 … 20000] views", views.rangeText());
        assertEquals(List.of("ram-lak", "shepp-logan", "cosine", "hamming", "hann"), catalog.find("recon.filter").choices());
        assertEquals("kV", catalog.find("ct.kvp").unit());
        assertEquals("ct.motion", catalog.find("ct.motion.period_s").section());
        assertFalse(catalog.find("seed").bounded(), "the seed has no maximum: a text field, not a slider");
        assertNull(catalog.find("ct.bad_bins"), "lists are not scalar widgets");
        assertNull(catalog.find("title"), "lesson text is not a parameter");
    }

    @Test
    void everyWidgetKeyHasAValueAndReloadsAsAnOverride() {
        Scenario sc = new ScenarioLoader().load(ScenarioLibrary.standard().resolve("ct/quality"), List.of());
        JsonNode tree = sc.resolvedTree();
        List<String> overrides = new ArrayList<>();
        for (ParameterSpec s : catalog.specs()) {
            String value = ResolvedValue.of(tree, s.key());
            assertFalse(value.isEmpty(), s.key() + " has a resolved value");
            overrides.add(s.key() + "=" + value);
        }
        assertTrue(overrides.size() >= 30, "all ct and recon scalars: " + overrides.size());
        // Writing every widget's current value back as an override must validate and change nothing.
        Scenario again = new ScenarioLoader().load(ScenarioLibrary.standard().resolve("ct/quality"), overrides);
        // Numbers compare by value: "1" written back for a schema default of 1.0 is the same parameter.
        java.util.Comparator<JsonNode> byValue = (a, b) -> a.isNumber() && b.isNumber()
                ? Double.compare(a.asDouble(), b.asDouble()) : (a.equals(b) ? 0 : 1);
        assertTrue(tree.equals(byValue, again.resolvedTree()), () -> "changed: " + again.resolvedTree());
    }

    @Test
    void mriWidgetsComeFromTheMriSectionAndRoundTrip() {
        ParameterCatalog mri = ParameterCatalog.forSections(List.of("mri"));
        assertEquals("ms", mri.find("mri.te_ms").unit());
        assertEquals(List.of("se", "gre", "ir", "bssfp", "fse"), mri.find("mri.sequence").choices());
        assertNull(mri.find("recon.filter"), "MRI keeps its reconstruction settings in its own section");
        assertNull(mri.find("ct.views"));
        Scenario sc = new ScenarioLoader().load(ScenarioLibrary.standard().resolve("mri/brain-t1"), List.of());
        JsonNode tree = sc.resolvedTree();
        List<String> overrides = new ArrayList<>();
        for (ParameterSpec s : mri.specs()) {
            String value = ResolvedValue.of(tree, s.key());
            if (!value.isEmpty()) { // the optional motion block is absent unless the lesson sets it
                overrides.add(s.key() + "=" + value);
            }
        }
        assertTrue(overrides.size() >= 20, "the mri scalars: " + overrides);
        Scenario again = new ScenarioLoader().load(ScenarioLibrary.standard().resolve("mri/brain-t1"), overrides);
        java.util.Comparator<JsonNode> byValue = (a, b) -> a.isNumber() && b.isNumber()
                ? Double.compare(a.asDouble(), b.asDouble()) : (a.equals(b) ? 0 : 1);
        assertTrue(tree.equals(byValue, again.resolvedTree()), () -> "changed: " + again.resolvedTree());
        assertThrows(IllegalArgumentException.class, () -> ParameterCatalog.forSections(List.of("nmr")));
    }

    @Test
    void numbersAreWrittenAsTheUserWouldType() {
        assertEquals("inf", NumberText.of(Double.POSITIVE_INFINITY), "an expectation with a minimum only");
        assertEquals("-inf", NumberText.of(Double.NEGATIVE_INFINITY));
        assertEquals("90", NumberText.of(90.0));
        assertEquals("0.25", NumberText.of(0.25));
        assertEquals("-600", NumberText.of(-600));
        assertEquals("0.0001", NumberText.of(1e-4));
        assertNotNull(NumberText.of(Math.PI));
    }
}
