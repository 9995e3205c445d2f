package org.modalis.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the schema self-describing and the docs in step with it: every key has a description and a typical
 * value, every number a range, every optional key a default (or a documented reason for none), and every key
 * has a row in {@code docs/scenario-format.md}.
 */
class ScenarioFormatDocTest {

    private final ScenarioSchema schema = new ScenarioSchema();

    @Test
    void everyKeyIsDescribedWithAnExampleAndEveryNumberHasARange() {
        List<String> defects = new ArrayList<>();
        for (String key : schema.allKeys()) {
            JsonNode n = schema.specAt(KeyPath.parseDotted(key.replace("[]", "[0]"))).node();
            if (!n.hasNonNull("description")) {
                defects.add(key + ": no description");
            }
            if (!n.has("examples") && !n.path("type").asText().equals("object")) {
                defects.add(key + ": no examples");
            }
            boolean number = n.path("type").asText().matches("number|integer");
            boolean bounded = n.has("minimum") || n.has("exclusiveMinimum") || n.has("maximum");
            boolean free = key.startsWith("expect[].") || key.equals("display.level"); // any value is meaningful
            if (number && !bounded && !free) {
                defects.add(key + ": a number without a range");
            }
        }
        assertEquals(List.of(), defects);
    }

    @Test
    void everyOptionalKeyHasADefaultOrADocumentedReason() {
        // Keys without a schema default, and why: the title defaults to the file stem (not known to the schema);
        // display means "the modality's window" when absent; min/max of an expectation are open when absent;
        // ROI and bad-bin items are all-or-nothing (their keys are required within the item).
        List<String> allowed = List.of("title", "display", "expect[].min", "expect[].max");
        List<String> missing = new ArrayList<>();
        collectMissingDefaults(schema.rootSpec(), "", missing);
        missing.removeAll(allowed);
        assertEquals(List.of(), missing);
    }

    private static void collectMissingDefaults(KeySpec spec, String prefix, List<String> out) {
        List<String> required = new ArrayList<>();
        spec.node().path("required").forEach(r -> required.add(r.asText()));
        for (String key : spec.keys()) {
            KeySpec child = spec.child(key);
            if (!required.contains(key) && child.defaultValue() == null) {
                out.add(prefix + key);
            }
            collectMissingDefaults(child, prefix + key + ".", out);
            if (child.items() != null) {
                collectMissingDefaults(child.items(), prefix + key + "[].", out);
            }
        }
    }

    @Test
    void everyKeyHasARowInTheFormatDoc() throws IOException {
        // Surefire runs in the module folder (simulator/); the docs live beside it.
        Path doc = Path.of("..", "docs", "scenario-format.md");
        assertTrue(Files.isRegularFile(doc), "missing " + doc.toAbsolutePath());
        String text = Files.readString(doc);
        List<String> undocumented = new ArrayList<>();
        for (String key : schema.allKeys()) {
            if (!text.contains("| `" + key + "` |")) {
                undocumented.add(key);
            }
        }
        assertEquals(List.of(), undocumented);
        assertTrue(text.contains("\n## Outputs\n"), "the lead's Outputs heading must stay");
    }
}
