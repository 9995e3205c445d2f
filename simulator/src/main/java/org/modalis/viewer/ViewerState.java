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
    /** Rows (CT views, MRI phase lines) shown in the raw-data panel (the acquisition sweep); -1 = all. */
    int sweepViews = -1;
    /** The newest reconstruction of a partly acquired raw data set (MRI sweep), or null. */
    SweepReconstructor.Partial partial;
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

    /** The run shown, as its modality's view, or null before the first result. */
    ModalityView view() {
        return shown == null ? null : shown.view();
    }

    /** The reconstruction of the whole acquisition, or null before the first result. */
    Image image() {
        return shown == null ? null : shown.view().image();
    }

    Image truth() {
        return shown == null ? null : shown.view().truth();
    }

    /** Rows the raw panel shows: the sweep position clamped to the rows acquired. */
    int acquiredViews() {
        int rows = shown.view().acquiredRows();
        return sweepViews < 0 ? rows : Math.min(sweepViews, rows);
    }

    /** Whether the sweep stops before the end of an acquisition whose reconstruction follows the sweep. */
    boolean sweepReconstructs() {
        return shown != null && shown.view().sweepReconstructs() && acquiredViews() < shown.view().acquiredRows();
    }

    /**
     * The image the reconstruction panel shows: the full reconstruction, or during an MRI sweep the newest
     * reconstruction of the partly filled k-space of this run (the previous position's while the worker computes).
     */
    Image imageShown() {
        if (sweepReconstructs() && partial != null && partial.view() == shown.view()) {
            return partial.image();
        }
        return image();
    }
}
