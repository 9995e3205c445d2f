package org.modalis.viewer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.metrics.MetricSet;
import org.modalis.pipeline.Trace;
import org.modalis.pipeline.XrayExport;
import org.modalis.scenario.Scenario;
import org.modalis.xray.ProjectionGeometry;
import org.modalis.xray.Radiograph;
import org.modalis.xray.XrayJob;
import org.modalis.xray.XrayResult;

/**
 * Projection radiography in the viewer: the noise-free attenuation −ln(I/I₀) the phantom casts (truth), the
 * raw detector reading (keV deposited per pixel, before flat-field correction) and the flat-fielded noisy
 * radiograph shown as −ln relative exposure, bright where the object absorbs, as on a film. The window opens
 * at the 1st–99th percentile of the object's shadow, as {@code modalis run} writes {@code image.png}. The
 * sweep reads the detector out row by row (a flat panel's line-by-line readout); there is nothing to
 * reconstruct, so the image stays whole. Read-outs: tube, geometry, and the dose (entrance air kerma, KAP).
 * The −ln images and the windows are computed once, on the worker that builds the view.
 */
public final class XrayView implements ModalityView {

    private final XrayJob job;
    private final XrayResult result;
    private final Window objectWindow;
    private final Image truth;
    private final Image image;
    private final Window rawWindow;

    public XrayView(XrayJob job, XrayResult result) {
        this.job = job;
        this.result = result;
        this.objectWindow = XrayExport.objectWindow(result.truth());
        this.truth = XrayExport.attenuation(result.truth(), objectWindow);
        this.image = XrayExport.attenuation(result.image(), objectWindow);
        float max = 0;
        for (float v : result.raw().reading()) {
            max = Math.max(max, v);
        }
        this.rawWindow = Window.ofRange(0, max > 0 ? max : 1);
    }

    public XrayJob job() {
        return job;
    }

    public XrayResult result() {
        return result;
    }

    @Override
    public String modality() {
        return "xray";
    }

    @Override
    public String title(PanelKind kind) {
        return switch (kind) {
            case TRUTH -> "Noise-free attenuation (-ln I/I0)";
            case RAW -> "Detector reading (keV per pixel)";
            case IMAGE -> "Radiograph (-ln I/I0)";
        };
    }

    @Override
    public String unit() {
        return "-ln(I/I0)";
    }

    @Override
    public Image truth() {
        return truth;
    }

    @Override
    public String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    @Override
    public Image image() {
        return image;
    }

    @Override
    public int rawColumns() {
        return job.geometry().cols();
    }

    @Override
    public int rawRows() {
        return job.geometry().rows();
    }

    @Override
    public int acquiredRows() {
        return rawRows();
    }

    @Override
    public String rowNoun() {
        return "detector rows";
    }

    /** 0 … the largest reading (the open field's, where nothing attenuates). */
    @Override
    public Window rawWindow() {
        return rawWindow;
    }

    @Override
    public void rawUpTo(int rows, float[] out) {
        KSpaceSweep.upTo(result.raw().reading(), rawColumns(), 0, rows, (float) (rawWindow.level() - rawWindow.width() / 2), out);
    }

    @Override
    public String describeRaw(int column, int row) {
        Radiograph raw = result.raw();
        int k = row * rawColumns() + column;
        return String.format(Locale.ROOT, "row %d, column %d: %.4g keV deposited (open field %.4g, I/I0 %.4f)", row, column,
                raw.reading()[k], raw.openField()[k], raw.openField()[k] > 0 ? raw.reading()[k] / raw.openField()[k] : 0);
    }

    @Override
    public boolean sweepReconstructs() {
        return false;
    }

    @Override
    public Image reconstructUpTo(int rows) {
        return image();
    }

    @Override
    public List<WindowChoice> presets() {
        return List.of(new WindowChoice("object shadow 1-99 %", objectWindow),
                new WindowChoice("whole field 0.5-99.5 %", PercentileWindow.of(image.data(), 0.5, 99.5)),
                new WindowChoice("thin parts 0-1", Window.ofRange(0, 1)));
    }

    /** The 1st–99th percentile of −ln(truth) over the object's shadow ({@link XrayExport#objectWindow}). */
    @Override
    public Window defaultWindow() {
        return objectWindow;
    }

    @Override
    public List<String> acquisitionReadouts() {
        ProjectionGeometry g = job.geometry();
        return List.of(String.format(Locale.ROOT, "%.0f kVp  %.3g mAs  SID %.0f cm  OID %.0f cm  magnification %.3f  %d x %d px of %.2f mm",
                        job.tube().kvp(), job.mas(), g.sidM() * 100, g.oidM() * 100, g.magnification(), g.cols(), g.rows(),
                        g.pitchM() * 1e3),
                String.format(Locale.ROOT, "entrance air kerma %.4g mGy   KAP %.4g Gy*cm2", result.dose().entranceKermaMgy(),
                        result.dose().kapGyCm2()));
    }

    /** ROI SNRs, the subject contrast, the measured magnification and the detector kerma. */
    @Override
    public List<String> shownMetrics() {
        return ModalityView.metricNames(result.metrics(), n -> n.endsWith(".snr") || n.startsWith("contrast.") || n.equals("magnification.measured") || n.equals("detector.kerma"));
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
        XrayExport.write(dir, scenario, result);
    }

    @Override
    public List<String> parameterSections() {
        return List.of("xray");
    }
}
