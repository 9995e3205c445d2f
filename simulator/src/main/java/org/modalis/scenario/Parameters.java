package org.modalis.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.modalis.UserInputException;

/**
 * A read-only view of one section of a resolved scenario (e.g. {@code ct}), for typed binding by the
 * modality code: {@code p.getInt("views")}, {@code p.getDouble("bin_mm")}. All values are present (defaults
 * were applied) and valid against the schema, so a missing key here is a programming error. Domain
 * errors found later — say by a protocol record's compact constructor — are reported at the line of the
 * value with {@link #at(String, String, String)}.
 */
public final class Parameters {

    private final JsonNode node;
    private final KeyPath path;
    private final SourceMap map;

    Parameters(JsonNode node, KeyPath path, SourceMap map) {
        this.node = node;
        this.path = path;
        this.map = map;
    }

    /** Dotted path of this section ("ct", "ct.bad_bins[0]"; "" for the whole scenario). */
    public String path() {
        return path.dotted();
    }

    public boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    /** Whether the user wrote this key (file or override), rather than taking the default. */
    public boolean isWritten(String key) {
        return map.isWritten(path.child(key));
    }

    public int getInt(String key) {
        JsonNode v = require(key, "a whole number");
        if (!v.canConvertToInt() || v.doubleValue() != Math.rint(v.doubleValue())) {
            throw new IllegalStateException("'" + path.child(key) + "' is " + v + ", not an int; check the schema");
        }
        return v.intValue();
    }

    public long getLong(String key) {
        JsonNode v = require(key, "a whole number");
        if (!v.canConvertToLong() || v.doubleValue() != Math.rint(v.doubleValue())) {
            throw new IllegalStateException("'" + path.child(key) + "' is " + v + ", not a long; check the schema");
        }
        return v.longValue();
    }

    public double getDouble(String key) {
        return require(key, "a number").doubleValue();
    }

    public String getString(String key) {
        return require(key, "a text").asText();
    }

    /**
     * A choice as a Java enum constant: "shepp-logan" → {@code SHEPP_LOGAN}, "fan" → {@code FAN}. A value
     * with no constant means the schema and the enum disagree: a programming error, not a user one.
     */
    public <E extends Enum<E>> E getEnum(String key, Class<E> type) {
        String name = getString(key).toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalStateException("'" + path.child(key) + "' = '" + getString(key) + "' has no constant in "
                + type.getSimpleName() + "; the schema's enum and the Java enum disagree");
    }

    public boolean getBool(String key) {
        return require(key, "true or false").booleanValue();
    }

    /** A list of numbers, e.g. {@code shift_mm: [5, 0]}. */
    public double[] getDoubles(String key) {
        JsonNode v = require(key, "a list");
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i).doubleValue();
        }
        return out;
    }

    /** A list of sections, e.g. {@code bad_bins}, each as its own view. */
    public List<Parameters> getList(String key) {
        JsonNode v = require(key, "a list");
        List<Parameters> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(new Parameters(v.get(i), path.child(key).child(i), map));
        }
        return out;
    }

    /** A sub-section, e.g. {@code section("motion")}. */
    public Parameters section(String key) {
        return new Parameters(require(key, "a section"), path.child(key), map);
    }

    /** The section as a JSON tree (a copy). */
    public JsonNode tree() {
        return node.deepCopy();
    }

    /** Where the value of {@code key} was written (or its section, when it came from a default). */
    public SourceLocation location(String key) {
        return map.value(path.child(key));
    }

    /** A user error about {@code key}, located where its value was written. */
    public UserInputException at(String key, String message, String hint) {
        return location(key).error(path.child(key), message, hint);
    }

    private JsonNode require(String key, String what) {
        JsonNode v = node.get(key);
        boolean ok = v != null && switch (what) {
            case "a whole number", "a number" -> v.isNumber();
            case "a text" -> v.isTextual();
            case "true or false" -> v.isBoolean();
            case "a list" -> v.isArray();
            default -> v.isObject();
        };
        if (!ok) {
            throw new IllegalStateException("the resolved scenario has no " + what + " at '" + path.child(key)
                    + "' (got " + v + "): is the key in the schema, with a default?");
        }
        return v;
    }
}
