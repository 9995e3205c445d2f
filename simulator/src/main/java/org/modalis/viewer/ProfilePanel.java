package org.modalis.viewer;

import imgui.ImGui;
import java.util.Locale;

/**
 * The line profile plot: reconstruction and truth along the line drawn with the profile tool, on one scale
 * (HU, or a.u. for MRI) so their difference (blur, cupping, streaks) reads directly. Window thread only.
 */
final class ProfilePanel {

    void draw(ViewerState s) {
        if (s.shown == null || s.line == null) {
            ImGui.textDisabled("profile: pick the profile tool and drag a line on an image");
            return;
        }
        ProfileLine l = s.line;
        LineProfile img = LineProfile.sample(s.imageShown(), l.u0(), l.v0(), l.u1(), l.v1());
        LineProfile tru = LineProfile.sample(s.truth(), l.u0(), l.v0(), l.u1(), l.v1());
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float[] a : new float[][] {img.values(), tru.values()}) {
            for (float v : a) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        float h = Math.max(30, (ImGui.getContentRegionAvailY() - 3 * ImGui.getTextLineHeightWithSpacing()) / 2);
        ModalityView v = s.view();
        ImGui.text(String.format(Locale.ROOT, "profile %.1f mm, %s .. %s %s", img.lengthM() * 1e3, v.format(lo), v.format(hi),
                v.unit()));
        ImGui.plotLines("image", img.values(), img.values().length, 0, "", lo, hi, ImGui.getContentRegionAvailX() - 50, h);
        ImGui.plotLines("truth", tru.values(), tru.values().length, 0, "", lo, hi, ImGui.getContentRegionAvailX() - 50, h);
    }
}
