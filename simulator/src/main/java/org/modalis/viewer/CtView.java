package org.modalis.viewer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.modalis.ct.CtDose;
import org.modalis.ct.CtJob;
import org.modalis.ct.CtResult;
import org.modalis.ct.Sinogram;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.metrics.MetricSet;
import org.modalis.pipeline.CtExport;
import org.modalis.pipeline.Trace;
import org.modalis.scenario.Scenario;

/**
 * CT in the viewer: truth and FBP image in HU, the sinogram (one row per view) swept view by view, dose and
 * scan time, the radiologist's HU presets.
 *
 * @param job    the bound CT job
 * @param result the CT result
 */
public record CtView(CtJob job, CtResult result) implements ModalityView {

    private static final List<String> METRICS = List.of("rmse_hu", "streak_index_hu", "cupping_hu", "ring_index_hu", "bias_hu");

    @Override
    public String modality() {
        return "ct";
    }

    @Override
    public String title(PanelKind kind) {
        return switch (kind) {
            case TRUTH -> "Phantom truth (HU)";
            case RAW -> "Sinogram (line integrals)";
            case IMAGE -> "Reconstruction (HU)";
        };
    }

    @Override
    public String unit() {
        return "HU";
    }

    @Override
    public String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    @Override
    public Image truth() {
        return result.truth();
    }

    @Override
    public Image image() {
        return result.image();
    }

    private Sinogram sinogram() {
        return result.raw().sinogram();
    }

    @Override
    public int rawColumns() {
        return sinogram().geometry().bins();
    }

    @Override
    public int rawRows() {
        return sinogram().geometry().views();
    }

    @Override
    public int acquiredRows() {
        return rawRows();
    }

    @Override
    public String rowNoun() {
        return "views";
    }

    @Override
    public Window rawWindow() {
        return PanelTextures.range(sinogram().data());
    }

    @Override
    public void rawUpTo(int rows, float[] out) {
        Window w = rawWindow();
        SinogramSweep.upTo(sinogram(), rows, (float) (w.level() - w.width() / 2), out);
    }

    @Override
    public String describeRaw(int column, int row) {
        return String.format(Locale.ROOT, "view %d, bin %d: line integral %.4f", row, column, sinogram().at(row, column));
    }

    @Override
    public boolean sweepReconstructs() {
        return false;
    }

    /** FBP needs every view: the CT sweep replays the sinogram only, so this is the full image. */
    @Override
    public Image reconstructUpTo(int rows) {
        return result.image();
    }

    @Override
    public List<WindowChoice> presets() {
        return Arrays.stream(WindowPreset.values()).map(p -> new WindowChoice(p.describe(), p.window())).toList();
    }

    @Override
    public Window defaultWindow() {
        return result.image().window();
    }

    @Override
    public List<String> acquisitionReadouts() {
        CtDose d = result.dose();
        return List.of(String.format(Locale.ROOT, "CTDIvol %.2f mGy   DLP %.2f mGy*cm   E %.3f mSv   scan time %.2f s",
                d.ctdiVolMgy(), d.dlpMgyCm(), d.effectiveDoseMsv(), scanTimeS()));
    }

    /** Scan time [s] of the acquisition: rotation time × scanned arc / 2π. */
    public double scanTimeS() {
        var g = sinogram().geometry();
        return job.protocol().durationS(g.angularStep() * g.views());
    }

    @Override
    public List<String> shownMetrics() {
        return METRICS;
    }

    @Override
    public MetricSet metrics() {
        return result.metrics();
    }

    @Override
    public Trace trace() {
        return result.trace();
    }

    @Override
    public void export(Path dir, Scenario scenario) {
        CtExport.write(dir, scenario, result);
    }

    @Override
    public List<String> parameterSections() {
        return List.of("ct", "recon");
    }

    /** The detector shape matters for fan beams only; the arc is replaced by 180° + fan when short_scan is on. */
    @Override
    public boolean applies(String key) {
        return switch (key) {
            case "ct.detector" -> !job.scanner().parallel();
            case "ct.arc_deg" -> !job.protocol().shortScan();
            default -> true;
        };
    }
}
