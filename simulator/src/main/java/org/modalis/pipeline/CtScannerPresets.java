package org.modalis.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.modalis.scenario.Parameters;

/**
 * Named CT scanners ({@code ct.scanner}), from the classpath file {@code scanners/ct.yaml}: a preset fills
 * the hardware keys the scenario does not write, so students pick a machine by name and educators swap
 * machines without touching the protocol.
 */
public final class CtScannerPresets {

    private static final String RESOURCE = "scanners/ct.yaml";

    private final JsonNode presets;

    public CtScannerPresets() {
        try (InputStream in = CtScannerPresets.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath (build defect)");
            }
            presets = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names with their descriptions, for listings. */
    public List<String[]> list() {
        List<String[]> out = new ArrayList<>();
        presets.fieldNames().forEachRemaining(n -> out.add(new String[] {n, presets.get(n).path("description").asText()}));
        return out;
    }

    /** The value of a hardware key: written in the scenario, else the preset's, else the schema default. */
    public JsonNode value(Parameters ct, String key) {
        if (ct.isWritten(key)) {
            return ct.tree().get(key);
        }
        JsonNode preset = presets.path(ct.getString("scanner"));
        return preset.has(key) ? preset.get(key) : ct.tree().get(key);
    }
}
