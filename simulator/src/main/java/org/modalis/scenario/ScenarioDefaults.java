package org.modalis.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the resolved parameter tree: every key the user left out gets the schema's {@code default}, and
 * keys are put in schema order, so {@code metrics.json} lists every parameter a run used, in the same order
 * for every scenario, whatever order the file was written in. Only the protocol section of the scenario's
 * own modality is filled in (an X-ray lesson's output should not list CT defaults); sections without a
 * default (e.g. {@code display}) stay absent unless written.
 */
final class ScenarioDefaults {

    private final ScenarioSchema schema;

    ScenarioDefaults(ScenarioSchema schema) {
        this.schema = schema;
    }

    /**
     * A new tree: {@code written} (already valid against the schema) with defaults applied.
     *
     * @param untitled the title when none is written (the file stem; the schema cannot know it)
     */
    ObjectNode resolve(ObjectNode written, String untitled) {
        String modality = written.path("modality").asText("");
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        KeySpec root = schema.rootSpec();
        for (String key : root.keys()) {
            KeySpec spec = root.child(key);
            if (spec.isModalitySection() && !key.equals(modality) && !written.has(key)) {
                continue;
            }
            put(out, key, written.get(key), spec);
            if (key.equals("title") && !out.has("title")) {
                out.put("title", untitled);
            }
        }
        return out;
    }

    private void put(ObjectNode out, String key, JsonNode given, KeySpec spec) {
        JsonNode v = given != null ? given : spec.defaultValue();
        if (v != null) {
            out.set(key, fill(v, spec));
        }
    }

    private JsonNode fill(JsonNode v, KeySpec spec) {
        if (v.isObject() && "object".equals(spec.type())) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (String key : spec.keys()) {
                put(out, key, v.get(key), spec.child(key));
            }
            return out;
        }
        if (v.isArray() && spec.items() != null) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            v.forEach(item -> out.add(fill(item, spec.items())));
            return out;
        }
        return v.deepCopy();
    }
}
