package org.modalis.viewer;

import java.util.List;

/**
 * One scalar scenario key as the control panel shows it, read from the scenario schema: its dotted key, type,
 * allowed range or values, unit and default. The widgets are generated from these, so a key added to the
 * schema appears in the viewer without viewer code.
 *
 * @param key          dotted key ("ct.views")
 * @param type         "integer", "number", "boolean" or "string"
 * @param min          lowest allowed value (NaN when the schema states none)
 * @param max          highest allowed value (NaN when the schema states none)
 * @param choices      allowed values of a string key (empty when free text)
 * @param unit         unit shown beside the widget ("views", "mm"), or ""
 * @param description  the schema's description, shown as a tooltip
 */
public record ParameterSpec(String key, String type, double min, double max, List<String> choices, String unit,
                            String description) {

    public ParameterSpec {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a dotted key");
        }
        if (!List.of("integer", "number", "boolean", "string").contains(type)) {
            throw new IllegalArgumentException("parameter " + key + ": type must be integer, number, boolean or string, got " + type);
        }
        choices = List.copyOf(choices);
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }

    /** Whether the schema bounds the value on both sides (a slider can show the range). */
    public boolean bounded() {
        return !Double.isNaN(min) && !Double.isNaN(max);
    }

    /** "[1 … 20000] views": the allowed range with its unit, as the widget label shows it. */
    public String rangeText() {
        if (!choices.isEmpty()) {
            return String.join(" | ", choices);
        }
        String lo = Double.isNaN(min) ? "−∞" : NumberText.of(min);
        String hi = Double.isNaN(max) ? "∞" : NumberText.of(max);
        return type.equals("boolean") ? "on/off" : "[" + lo + " … " + hi + "]" + (unit.isEmpty() ? "" : " " + unit);
    }

    /** The section of the key ("ct" for "ct.views", "" for "seed"). */
    public String section() {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? "" : key.substring(0, dot);
    }
}
