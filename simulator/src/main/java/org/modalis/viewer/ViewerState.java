package org.modalis.viewer;

import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.scenario.ScenarioSource;

/**
 * What the user has set up in the viewer: the scenario and its overrides, the result shown, the display
 * window, the acquisition sweep, the A/B comparison, the tool, the ROI and the profile line. UI state of the
 * window thread; the background runner never touches it.
 */
final class ViewerState {

    ScenarioSource source;
    OverrideSet overrides = OverrideSet.none();
    /** The newest successful outcome, shown in the panels. */
    SimulationOutcome shown;
    /** The newest outcome's error (an invalid override), or null. */
    String error;
    /** The reconstruction kept as A for the comparison, or null. */
    SimulationOutcome compareA;
    CompareMode compare = CompareMode.OFF;
    /** HU window of the truth and the reconstruction. */
    Window window = new Window(40, 400);
    /** Views shown in the sinogram panel (the acquisition sweep); -1 = all. */
    int sweepViews = -1;
    Tool tool = Tool.PAN;
    RoiCircle roi;
    ProfileLine line;
    /** "x 12.3 mm, y −4.0 mm: 35.2 HU", for the pixel under the cursor, or "". */
    String hover = "";
    /** The last message of a save or export, or "". */
    String notice = "";

    ViewerState(ScenarioSource source, OverrideSet overrides) {
        this.source = source;
        this.overrides = overrides;
    }

    /** The reconstruction shown, or null before the first result. */
    Image image() {
        return shown == null ? null : shown.result().image();
    }

    Image truth() {
        return shown == null ? null : shown.result().truth();
    }

    /** Views the sinogram panel shows: the sweep position clamped to the sinogram. */
    int acquiredViews() {
        int views = shown.result().raw().sinogram().geometry().views();
        return sweepViews < 0 ? views : Math.min(sweepViews, views);
    }
}
