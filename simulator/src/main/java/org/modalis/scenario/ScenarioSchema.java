package org.modalis.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario format: the JSON schema {@code schema/scenario.schema.json} (Draft 2020-12) on the classpath,
 * compiled once for validation with networknt json-schema-validator, and readable key by key for messages,
 * defaults and docs. Custom keywords ({@code x-unit}, {@code x-example-note}, {@code x-modality-section})
 * are annotations the validator ignores.
 */
public final class ScenarioSchema {

    /** Classpath location of the schema. */
    public static final String RESOURCE = "schema/scenario.schema.json";

    private final JsonNode root;
    private final Schema compiled;

    /** Loads and compiles the bundled schema. */
    public ScenarioSchema() {
        try (InputStream in = ScenarioSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the scenario schema " + RESOURCE + " is missing from the classpath");
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scenario schema " + RESOURCE, e);
        }
        compiled = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
    }

    /** The schema document (read-only use). */
    JsonNode root() {
        return root;
    }

    KeySpec rootSpec() {
        return new KeySpec(root);
    }

    /** All violations of the format, in the validator's order. */
    List<com.networknt.schema.Error> validate(JsonNode scenario) {
        return compiled.validate(scenario);
    }

    /** The spec of the value at {@code path}, walking sections and list items; null where the format has none. */
    KeySpec specAt(KeyPath path) {
        KeySpec spec = rootSpec();
        for (Object segment : path.segments()) {
            spec = segment instanceof Integer ? spec.items() : spec.child((String) segment);
            if (spec == null) {
                return null;
            }
        }
        return spec;
    }

    /** Every key of the format in dotted form ("ct.views", "ct.bad_bins[].gain"), for docs and suggestions. */
    List<String> allKeys() {
        List<String> out = new ArrayList<>();
        collect(rootSpec(), "", out);
        return out;
    }

    private static void collect(KeySpec spec, String prefix, List<String> out) {
        for (String key : spec.keys()) {
            String dotted = prefix.isEmpty() ? key : prefix + "." + key;
            out.add(dotted);
            KeySpec child = spec.child(key);
            collect(child, dotted, out);
            if (child.items() != null) {
                collect(child.items(), dotted + "[]", out);
            }
        }
    }

    /** A dotted key elsewhere in the format whose last name is {@code name} ("views" → "ct.views"), or null. */
    String keyNamedElsewhere(String name) {
        for (String k : allKeys()) {
            if (k.endsWith("." + name) && !k.contains("[]")) {
                return k;
            }
        }
        return null;
    }
}
