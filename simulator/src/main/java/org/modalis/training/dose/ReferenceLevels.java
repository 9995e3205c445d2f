package org.modalis.training.dose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The DRL table and the dose metrics a dose log records, read from {@code dose/drl.yaml}. */
public final class ReferenceLevels {

    /** Classpath location of the table. */
    public static final String RESOURCE = "dose/drl.yaml";

    private final List<String> doseMetrics;
    private final List<ReferenceLevel> levels;

    private ReferenceLevels(List<String> doseMetrics, List<ReferenceLevel> levels) {
        this.doseMetrics = List.copyOf(doseMetrics);
        this.levels = List.copyOf(levels);
    }

    public static ReferenceLevels standard() {
        try (InputStream in = ReferenceLevels.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<String> metrics = new ArrayList<>();
            root.get("dose_metrics").forEach(m -> metrics.add(m.asText()));
            List<ReferenceLevel> levels = new ArrayList<>();
            for (JsonNode l : root.get("levels")) {
                List<String> phantoms = new ArrayList<>();
                l.get("phantoms").forEach(p -> phantoms.add(p.asText()));
                levels.add(new ReferenceLevel(l.get("modality").asText(), l.get("exam").asText(), l.get("metric").asText(),
                        l.get("value").asDouble(), l.get("unit").asText(), l.get("source").asText(), phantoms));
            }
            return new ReferenceLevels(metrics, levels);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The metrics a dose log records when a run reports them (CTDIvol, DLP, E, ESAK, KAP). */
    public List<String> doseMetrics() {
        return doseMetrics;
    }

    public List<ReferenceLevel> levels() {
        return levels;
    }

    /** The DRLs for a run of {@code modality} imaging {@code phantom}. */
    public List<ReferenceLevel> applicable(String modality, String phantom) {
        return levels.stream().filter(l -> l.modality().equals(modality) && l.phantoms().contains(phantom)).toList();
    }
}
