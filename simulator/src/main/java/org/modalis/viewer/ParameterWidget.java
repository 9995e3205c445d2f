package org.modalis.viewer;

import imgui.ImGui;
import imgui.flag.ImGuiDataType;
import imgui.flag.ImGuiInputTextFlags;
import imgui.flag.ImGuiSliderFlags;
import imgui.type.ImInt;
import imgui.type.ImString;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws the widget of one schema key and reports an edit as the new value text (an override value):
 * a checkbox for booleans, a combo for enumerations, a slider over the schema's range for bounded numbers
 * (logarithmic where the range spans more than two decades, e.g. 0.01–5000 mAs), and a text field (applied
 * on Enter) for unbounded ones such as the seed. The label names the key and its allowed range; the tooltip
 * adds the schema's description. Window thread only.
 */
final class ParameterWidget {

    private final Map<String, ImString> texts = new HashMap<>();
    private final Map<String, String> seen = new HashMap<>();

    /** Draws {@code spec} showing {@code value}; returns the edited value text, or null when unchanged. */
    String draw(ParameterSpec spec, String value) {
        return draw(spec, value, java.util.OptionalDouble.empty());
    }

    /**
     * As {@link #draw(ParameterSpec, String)}; {@code inEffect} is what a 0 of this key stands for in the run shown
     * ({@link ModalityView#inEffect}), written on the slider instead of the 0.
     */
    String draw(ParameterSpec spec, String value, java.util.OptionalDouble inEffect) {
        String name = spec.key().substring(spec.key().lastIndexOf('.') + 1);
        String label = name + "  " + DisplayText.shown(spec.rangeText()) + "##" + spec.key();
        String edited = switch (spec.type()) {
            case "boolean" -> ImGui.checkbox(label, Boolean.parseBoolean(value)) ? Boolean.toString(!Boolean.parseBoolean(value)) : null;
            case "string" -> spec.choices().isEmpty() ? text(spec, label, value) : combo(spec, label, value);
            default -> spec.bounded() ? slider(spec, label, value, inEffect) : text(spec, label, value);
        };
        if (ImGui.isItemHovered()) {
            ImGui.setTooltip(DisplayText.shown(spec.key() + ": " + spec.rangeText() + "\n" + spec.description()));
        }
        return edited;
    }

    private static String combo(ParameterSpec spec, String label, String value) {
        String[] items = spec.choices().toArray(new String[0]);
        ImInt index = new ImInt(Math.max(0, spec.choices().indexOf(value)));
        return ImGui.combo(label, index, items) ? items[index.get()] : null;
    }

    private static String slider(ParameterSpec spec, String label, String value, java.util.OptionalDouble inEffect) {
        boolean log = spec.min() > 0 && spec.max() / spec.min() > 100;
        int flags = ImGuiSliderFlags.AlwaysClamp | (log ? ImGuiSliderFlags.Logarithmic : 0);
        String unit = spec.unit().isEmpty() ? "" : " " + DisplayText.shown(spec.unit()).replace("%", "%%");
        String kept = keptFormat(value, inEffect, unit);
        if (kept != null) {
            float[] v = {0f};
            boolean changed = ImGui.sliderFloat(label, v, (float) spec.min(), (float) spec.max(), kept, flags);
            return changed ? NumberText.of(v[0]) : null;
        }
        if (spec.type().equals("integer")) {
            ImInt v = new ImInt((int) Math.round(parse(value, spec.min())));
            boolean changed = ImGui.sliderScalar(label, ImGuiDataType.S32, v, (int) spec.min(), (int) spec.max(), "%d" + unit, flags);
            return changed ? Integer.toString(v.get()) : null;
        }
        float[] v = {(float) parse(value, spec.min())};
        boolean changed = ImGui.sliderFloat(label, v, (float) spec.min(), (float) spec.max(), "%.4g" + unit, flags);
        return changed ? NumberText.of(v[0]) : null;
    }

    /**
     * The slider's text for a key left at 0 ("the probe's own"): "probe's 5 MHz" — ImGui prints a format without a
     * conversion as it is — or null when the value is not that 0 or nothing stands behind it.
     */
    static String keptFormat(String value, java.util.OptionalDouble inEffect, String unit) {
        if (inEffect.isEmpty() || parse(value, Double.NaN) != 0) {
            return null;
        }
        return "probe's " + NumberText.of(inEffect.getAsDouble()).replace("%", "%%") + unit;
    }

    private String text(ParameterSpec spec, String label, String value) {
        ImString buffer = texts.computeIfAbsent(spec.key(), k -> new ImString(64));
        if (!value.equals(seen.get(spec.key()))) {
            buffer.set(value); // the value changed elsewhere (a new scenario, a reset): show it
            seen.put(spec.key(), value);
        }
        return ImGui.inputText(label, buffer, ImGuiInputTextFlags.EnterReturnsTrue) ? buffer.get().strip() : null;
    }

    private static double parse(String value, double fallback) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
