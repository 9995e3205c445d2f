package org.modalis.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.function.Supplier;
import org.modalis.UserInputException;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a YAML scalar into a JSON value by the tag SnakeYAML's YAML 1.1 resolver gave it: {@code !!int}
 * (including {@code 1_000}, {@code 0x1F}, {@code 0o17}/{@code 017}), {@code !!float} (including
 * {@code .inf}, {@code .nan}), {@code !!bool} ({@code true/false/yes/no/on/off}), {@code !!null}; other
 * standard tags (timestamps, binary) stay text, so the schema reports them as the wrong type in plain words.
 */
final class ScalarValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScalarValues() {
    }

    /** @param unsupportedTag error for a custom tag such as {@code !foo} */
    static JsonNode convert(ScalarNode s, Supplier<UserInputException> unsupportedTag) {
        Tag tag = s.getTag();
        String v = s.getValue();
        if (Tag.NULL.equals(tag)) {
            return NODES.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            String b = v.toLowerCase(java.util.Locale.ROOT);
            return NODES.booleanNode(b.equals("true") || b.equals("yes") || b.equals("on"));
        }
        if (Tag.INT.equals(tag)) {
            JsonNode n = integer(v);
            return n != null ? n : NODES.textNode(v);
        }
        if (Tag.FLOAT.equals(tag)) {
            return real(v);
        }
        if (!tag.getValue().startsWith(Tag.PREFIX)) {
            throw unsupportedTag.get();
        }
        return NODES.textNode(v);
    }

    /** YAML 1.1 integer forms; null for the rare sexagesimal form, which is then kept as text. */
    private static JsonNode integer(String text) {
        String t = text.replace("_", "");
        boolean negative = t.startsWith("-");
        if (t.startsWith("-") || t.startsWith("+")) {
            t = t.substring(1);
        }
        int radix = 10;
        if (t.startsWith("0x")) {
            radix = 16;
            t = t.substring(2);
        } else if (t.startsWith("0o")) {
            radix = 8;
            t = t.substring(2);
        } else if (t.startsWith("0b")) {
            radix = 2;
            t = t.substring(2);
        } else if (t.length() > 1 && t.startsWith("0")) {
            radix = 8;
        }
        if (t.isEmpty() || t.contains(":")) {
            return null;
        }
        BigInteger value;
        try {
            value = new BigInteger(t, radix);
        } catch (NumberFormatException e) {
            return null;
        }
        value = negative ? value.negate() : value;
        return value.bitLength() < 32 ? NODES.numberNode(value.intValue())
                : value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }

    private static JsonNode real(String text) {
        String t = text.replace("_", "").toLowerCase(java.util.Locale.ROOT);
        if (t.endsWith(".inf")) {
            return NODES.numberNode(t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (t.equals(".nan")) {
            return NODES.numberNode(Double.NaN);
        }
        try {
            return NODES.numberNode(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return NODES.textNode(text); // sexagesimal floats (1:30.5): leave to the schema as text
        }
    }
}
