package org.modalis.viewer;

import imgui.ImGui;
import java.util.Locale;
import org.modalis.pipeline.RunReport;
import org.modalis.scenario.Scenario;

/**
 * "What to look for": the lesson's title, objective and look-for text, and each expectation with the
 * measured value and PASS/FAIL (the same checks as {@code modalis run --check}). Window thread only.
 */
final class LessonPanel {

    void draw(ViewerState s) {
        if (s.shown == null) {
            ImGui.textDisabled("waiting for the first run…");
            return;
        }
        Scenario sc = s.shown.scenario();
        ImGui.textWrapped(DisplayText.shown(sc.title()));
        ImGui.separator();
        if (!sc.objective().isBlank()) {
            ImGui.textWrapped(DisplayText.shown("Objective: " + sc.objective().strip()));
        }
        if (!sc.lookFor().isBlank()) {
            ImGui.textWrapped(DisplayText.shown("Look for: " + sc.lookFor().strip()));
        }
        for (RunReport.Check c : RunReport.check(sc, s.view().metrics())) {
            String value = c.value() == null ? "missing" : String.format(Locale.ROOT, "%.4g", c.value());
            String line = String.format(Locale.ROOT, "%s %s in [%s, %s]: %s", c.pass() ? "PASS" : "FAIL", c.metric(),
                    NumberText.of(c.min()), NumberText.of(c.max()), value);
            if (c.pass()) {
                ImGui.textColored(0.4f, 0.9f, 0.4f, 1f, DisplayText.shown(line));
            } else {
                ImGui.textColored(1f, 0.4f, 0.35f, 1f, DisplayText.shown(line));
                if (!c.why().isBlank()) {
                    ImGui.textWrapped(DisplayText.shown("  " + c.why()));
                }
            }
        }
    }
}
