package org.modalis.training.exercise;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.modalis.UserInputException;

/**
 * A YAML document read into a Jackson tree, remembering the line of every value by its JSON pointer
 * ({@code /lesion/diameter_mm/1}), so that schema violations can name the line the educator wrote.
 *
 * @param root  the document
 * @param lines 1-based line of each value, by JSON pointer ("" for the root)
 */
public record LocatedYaml(JsonNode root, Map<String, Integer> lines) {

    private static final ObjectMapper SCALARS = new ObjectMapper();

    /** Parses {@code text}; a YAML syntax error is a user error at its line. */
    public static LocatedYaml parse(String text, Path file) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new UserInputException("the file is empty", file, 0, 0, null, null);
            }
            return new LocatedYaml(read(p, "", lines), lines);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new UserInputException("not valid YAML: " + e.getOriginalMessage(), file,
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), null, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Line of the value at {@code pointer}, or of its nearest written parent; 0 when unknown. */
    public int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer l = lines.get(p);
            if (l != null || p.isEmpty()) {
                return l == null ? 0 : l;
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }

    private static JsonNode read(JsonParser p, String at, Map<String, Integer> lines) throws IOException {
        lines.put(at, p.currentTokenLocation().getLineNr());
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                o.set(name, read(p, at + "/" + name, lines));
            }
            return o;
        }
        if (t == JsonToken.START_ARRAY) {
            ArrayNode a = JsonNodeFactory.instance.arrayNode();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                a.add(read(p, at + "/" + a.size(), lines));
            }
            return a;
        }
        return SCALARS.readTree(p);
    }
}
