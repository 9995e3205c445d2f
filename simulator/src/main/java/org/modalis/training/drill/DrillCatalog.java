package org.modalis.training.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.modalis.UserInputException;

/**
 * The QC programmes and their faults, read from {@code scenarios/qa/drills.yaml} on the classpath (data, not
 * code: a new modality's drills are new entries there).
 */
public final class DrillCatalog {

    /** Classpath location of the drill definitions. */
    public static final String RESOURCE = "scenarios/qa/drills.yaml";

    private final List<DrillProgram> programs;

    private DrillCatalog(List<DrillProgram> programs) {
        this.programs = List.copyOf(programs);
    }

    /** The shipped drills. */
    public static DrillCatalog standard() {
        try (InputStream in = DrillCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static DrillCatalog parse(JsonNode root) {
        List<DrillProgram> out = new ArrayList<>();
        for (JsonNode p : root) {
            List<Measurement> m = new ArrayList<>();
            p.get("measurements").forEach(x -> m.add(new Measurement(x.get("metric").asText(), x.get("label").asText(),
                    x.path("unit").asText(""), x.get("min").asDouble(), x.get("max").asDouble())));
            List<DrillFault> f = new ArrayList<>();
            p.get("faults").forEach(x -> {
                List<String> sets = new ArrayList<>();
                x.path("set").forEach(s -> sets.add(s.asText()));
                f.add(new DrillFault(x.get("name").asText(), sets, x.path("metric").asText(""), x.get("explanation").asText()));
            });
            out.add(new DrillProgram(p.get("name").asText(), p.get("title").asText(), p.get("scenario").asText(), m, f));
        }
        return new DrillCatalog(out);
    }

    public List<DrillProgram> programs() {
        return programs;
    }

    /** A programme by name; null picks the first. */
    public DrillProgram program(String name) {
        if (name == null) {
            return programs.get(0);
        }
        return programs.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new UserInputException("unknown QC programme '" + name + "'", null, 0, 0, "--program",
                        "choose one of: " + String.join(", ", programs.stream().map(DrillProgram::name).toList())));
    }
}
