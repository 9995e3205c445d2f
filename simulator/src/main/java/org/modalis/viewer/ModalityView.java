package org.modalis.viewer;

import java.nio.file.Path;
import java.util.List;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.metrics.MetricSet;
import org.modalis.pipeline.Trace;
import org.modalis.scenario.Scenario;

/**
 * What the viewer needs to show one modality's finished run: the three panels (truth → raw data →
 * reconstruction) with their titles, quantity and windows, the acquisition sweep over the raw data's rows,
 * the read-outs, the window presets, the parameter sections and the export. One small implementation per
 * modality ({@link CtView}, {@link MriView}, {@link XrayView}, {@link UltrasoundView}); everything else in the viewer is modality-blind.
 */
public sealed interface ModalityView permits CtView, MriView, XrayView, UltrasoundView {

    /** "ct", "mri", "xray", "ultrasound". */
    String modality();

    /** The panel's title ("Phantom truth (HU)", "k-space (log magnitude)", …). */
    String title(PanelKind kind);

    /** Unit of the truth and the reconstruction ("HU", "a.u."). */
    String unit();

    Image truth();

    /** A value of the truth or the reconstruction as the read-outs write it ("35.2" HU, "0.2051" a.u.). */
    String format(double value);

    /** The reconstruction of the whole acquisition. */
    Image image();

    /** Columns of the raw-data panel (detector bins, readout samples). */
    int rawColumns();

    /** Rows of the raw-data panel (views, phase-encoding lines). */
    int rawRows();

    /** Rows acquired at the end of the acquisition (all views; the phase lines not skipped by partial Fourier). */
    int acquiredRows();

    /** What a row is called in the sweep slider ("views", "phase lines"). */
    String rowNoun();

    /** The raw panel's window, fixed while sweeping so the grey of a row never changes. */
    Window rawWindow();

    /**
     * Writes the raw panel's values when the first {@code rows} rows of the acquisition (in acquisition order)
     * have been measured into {@code out} (rawRows × rawColumns, row 0 first); the rest take the window's
     * lowest value (black).
     */
    void rawUpTo(int rows, float[] out);

    /** "view 3, bin 17: line integral 0.1234" for the raw sample under the cursor. */
    String describeRaw(int column, int row);

    /** Whether the reconstruction follows the sweep (MRI: the image of the partly filled k-space). */
    boolean sweepReconstructs();

    /** The reconstruction from the first {@code rows} acquired rows only (slow: call it on a worker). */
    Image reconstructUpTo(int rows);

    /** The window presets offered for this run. */
    List<WindowChoice> presets();

    /** The display window when none is given by the scenario. */
    Window defaultWindow();

    /** Read-out lines of the acquisition (dose, scan time). */
    List<String> acquisitionReadouts();

    /**
     * For a key whose 0 means "the probe's own" (ultrasound frequency, pitch, elevation, line width), what a 0 stands
     * for with this run's probe, in the key's unit, so the widget can show it instead of 0; empty for every other key.
     */
    default java.util.OptionalDouble inEffect(String key) {
        return java.util.OptionalDouble.empty();
    }

    /** Whether {@code key} acts on this run (a phased array has no line width, a linear array no sector): else greyed. */
    default boolean applies(String key) {
        return true;
    }

    /** The metrics shown on the metrics line, in order. */
    List<String> shownMetrics();

    /** The names of the metrics in {@code set} that {@code shown} accepts, in the run's order. */
    static List<String> metricNames(MetricSet set, java.util.function.Predicate<String> shown) {
        return set.metrics().stream().map(org.modalis.metrics.Metric::name).filter(shown).toList();
    }

    MetricSet metrics();

    Trace trace();

    /** Writes what {@code modalis run} writes for this run. */
    void export(Path dir, Scenario scenario);

    /** Sections of the scenario whose scalars are offered as widgets, besides the seed. */
    List<String> parameterSections();
}
