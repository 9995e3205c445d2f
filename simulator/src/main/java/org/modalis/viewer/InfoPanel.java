package org.modalis.viewer;

import imgui.ImGui;
import java.util.Locale;
import org.modalis.image.Image;
import org.modalis.metrics.Metric;
import org.modalis.metrics.RoiStatistics;
import org.modalis.pipeline.Trace;

/**
 * Read-outs under the images: run progress, backend and stage timings, the modality's acquisition lines
 * (CT: CTDIvol, DLP, effective dose, scan time; MRI: protocol and scan time), the pixel under the cursor, the ROI statistics, the image-quality metrics, and the error of
 * an invalid edit. Window thread only.
 */
final class InfoPanel {

    private final LatestWinsRunner runner;
    private final SampledProgress shownProgress = new SampledProgress();

    InfoPanel(LatestWinsRunner runner) {
        this.runner = runner;
    }

    void draw(ViewerState s) {
        progress();
        if (s.error != null) {
            ImGui.textColored(1f, 0.35f, 0.3f, 1f, "not applied:");
            ImGui.textWrapped(DisplayText.shown(s.error));
        }
        if (s.shown == null) {
            return;
        }
        for (String w : s.shown.scenario().warnings()) {
            ImGui.textColored(1f, 0.8f, 0.3f, 1f, "warning:");
            ImGui.sameLine();
            ImGui.textWrapped(DisplayText.shown(w));
        }
        ImGui.textWrapped(DisplayText.shown(s.shown.backend()));
        timings(s.view().trace());
        s.view().acquisitionReadouts().forEach(ImGui::textWrapped);
        ImGui.text(s.hover.isEmpty() ? "(hover an image for its value)" : s.hover);
        roi(s);
        metrics(s);
    }

    private void progress() {
        shownProgress.update(runner.busy(), runner.progress(), System.nanoTime());
        if (shownProgress.busy()) {
            ImGui.progressBar(shownProgress.fraction(), -1, 0, "running: " + shownProgress.task());
        } else {
            ImGui.progressBar(1f, -1, 0, "up to date");
        }
    }

    private static void timings(Trace trace) {
        StringBuilder b = new StringBuilder("stages:");
        for (Trace.Stage st : trace.stages()) {
            b.append(String.format(Locale.ROOT, " %s %.2f s,", st.name(), st.seconds()));
        }
        b.append(String.format(Locale.ROOT, " total %.2f s", trace.totalSeconds()));
        ImGui.textWrapped(b.toString());
    }

    private static void roi(ViewerState s) {
        if (s.roi == null) {
            ImGui.textDisabled("ROI: pick the ROI tool and drag on an image");
            return;
        }
        Image img = s.imageShown();
        ModalityView v = s.view();
        String u = v.unit();
        RoiStatistics st = RoiStatistics.measure(img, s.roi.toMetres(img.grid()));
        RoiStatistics tr = RoiStatistics.measure(s.truth(), s.roi.toMetres(img.grid()));
        ImGui.textWrapped(String.format(Locale.ROOT, "ROI r %.1f mm, %d px: mean %s %s  sd %s %s  (truth %s %s)",
                s.roi.radius() * img.grid().dx() * 1e3, st.count(), v.format(st.mean()), u, v.format(st.standardDeviation()), u,
                v.format(tr.mean()), u));
    }

    private static void metrics(ViewerState s) {
        StringBuilder b = new StringBuilder();
        for (String name : s.view().shownMetrics()) {
            s.view().metrics().get(name).map(Metric::value)
                    .ifPresent(v -> b.append(name).append(' ').append(s.view().format(v)).append("   "));
        }
        ImGui.textWrapped(b.toString());
    }
}
