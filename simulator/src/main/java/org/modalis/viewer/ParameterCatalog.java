package org.modalis.viewer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.modalis.scenario.ScenarioSchema;

/**
 * The editable scalar keys of a modality, read from the bundled scenario schema
 * ({@value ScenarioSchema#RESOURCE}): the seed, the modality's protocol section and the reconstruction
 * section, in schema order. Lists ({@code ct.bad_bins}, {@code ct.motion.shift_mm}) and lesson text are not
 * offered as widgets: they stay as the scenario file writes them.
 */
public final class ParameterCatalog {

    private final List<ParameterSpec> specs;

    private ParameterCatalog(List<ParameterSpec> specs) {
        this.specs = List.copyOf(specs);
    }

    /** The catalogue of {@code modality} ("ct"): the seed, the modality's section and {@code recon}. */
    public static ParameterCatalog forModality(String modality) {
        return forSections(List.of(modality, "recon"));
    }

    /**
     * The seed and the scalars of the given top-level sections, in that order ({@code ["mri"]}: MRI keeps its
     * reconstruction settings, window and zero-filling, in its own section).
     */
    public static ParameterCatalog forSections(List<String> sections) {
        JsonNode props = readSchema().path("properties");
        List<ParameterSpec> out = new ArrayList<>();
        out.add(spec("seed", props.path("seed")));
        for (String section : sections) {
            if (!props.has(section)) {
                throw new IllegalArgumentException("the scenario schema has no section '" + section + "'");
            }
            collect(section, props.path(section), out);
        }
        return new ParameterCatalog(out);
    }

    public List<ParameterSpec> specs() {
        return specs;
    }

    /** The spec of a dotted key, or null when it is not an editable scalar. */
    public ParameterSpec find(String key) {
        return specs.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }

    private static void collect(String prefix, JsonNode section, List<ParameterSpec> out) {
        Iterator<Map.Entry<String, JsonNode>> it = section.path("properties").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + "." + e.getKey();
            String type = e.getValue().path("type").asText("");
            if (type.equals("object")) {
                collect(key, e.getValue(), out);
            } else if (List.of("integer", "number", "boolean", "string").contains(type)) {
                out.add(spec(key, e.getValue()));
            }
        }
    }

    private static ParameterSpec spec(String key, JsonNode n) {
        List<String> choices = new ArrayList<>();
        n.path("enum").forEach(v -> choices.add(v.asText()));
        return new ParameterSpec(key, n.path("type").asText(), bound(n, "minimum"), bound(n, "maximum"), choices,
                n.path("x-unit").asText(""), n.path("description").asText(""));
    }

    private static double bound(JsonNode n, String name) {
        return n.has(name) ? n.get(name).asDouble() : Double.NaN;
    }

    private static JsonNode readSchema() {
        try (InputStream in = ParameterCatalog.class.getClassLoader().getResourceAsStream(ScenarioSchema.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the scenario schema " + ScenarioSchema.RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scenario schema", e);
        }
    }
}
