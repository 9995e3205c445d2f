package org.modalis.viewer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.metrics.MetricSet;
import org.modalis.mri.KSpace;
import org.modalis.mri.MrProtocol;
import org.modalis.mri.MriJob;
import org.modalis.mri.MriResult;
import org.modalis.pipeline.MriExport;
import org.modalis.pipeline.Trace;
import org.modalis.scenario.Scenario;

/**
 * MRI in the viewer: the signal-weighted truth, the k-space as log₁₀ magnitude (rows = phase-encoding lines,
 * columns = readout samples, k = 0 at the centre) and the magnitude image, in arbitrary units. The sweep fills
 * k-space line by line in the acquisition's order ({@link KSpaceSweep}) and the image is reconstructed from
 * the partly filled k-space with the run's own {@code CartesianRecon}. Read-outs: scan time
 * TR × phase lines × NEX (this model has no echo trains), SNR and CNR; no dose (MRI uses no ionizing radiation).
 * The log magnitude is computed once, on the worker that builds the view.
 */
public final class MriView implements ModalityView {

    private final MriJob job;
    private final MriResult result;
    private final float[] logMagnitude;
    private final Window rawWindow;

    public MriView(MriJob job, MriResult result) {
        this.job = job;
        this.result = result;
        this.logMagnitude = KSpaceSweep.logMagnitude(result.raw());
        this.rawWindow = PanelTextures.range(logMagnitude);
    }

    public MriJob job() {
        return job;
    }

    public MriResult result() {
        return result;
    }

    @Override
    public String modality() {
        return "mri";
    }

    @Override
    public String title(PanelKind kind) {
        return switch (kind) {
            case TRUTH -> "Signal-weighted truth (a.u.)";
            case RAW -> "k-space (log10 magnitude)";
            case IMAGE -> "Magnitude image (a.u.)";
        };
    }

    @Override
    public String unit() {
        return "a.u.";
    }

    @Override
    public String format(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    @Override
    public Image truth() {
        return result.truth();
    }

    @Override
    public Image image() {
        return result.images().magnitude();
    }

    @Override
    public int rawColumns() {
        return result.raw().readSamples();
    }

    @Override
    public int rawRows() {
        return result.raw().phaseLines();
    }

    @Override
    public int acquiredRows() {
        return rawRows() - job.protocol().firstPhaseLine();
    }

    @Override
    public String rowNoun() {
        return "phase lines";
    }

    @Override
    public Window rawWindow() {
        return rawWindow;
    }

    @Override
    public void rawUpTo(int rows, float[] out) {
        KSpaceSweep.upTo(logMagnitude, rawColumns(), job.protocol().firstPhaseLine(), rows,
                (float) (rawWindow.level() - rawWindow.width() / 2), out);
    }

    @Override
    public String describeRaw(int column, int row) {
        KSpace k = result.raw();
        int o = k.offset(row, column);
        return String.format(Locale.ROOT, "line %d, sample %d (k %.1f, %.1f 1/m): |S| %.4g", row, column,
                k.kRead(column), k.kPhase(row), Math.hypot(k.data()[o], k.data()[o + 1]));
    }

    @Override
    public boolean sweepReconstructs() {
        return true;
    }

    @Override
    public Image reconstructUpTo(int rows) {
        KSpace partial = KSpaceSweep.partial(result.raw(), job.protocol().firstPhaseLine(), rows);
        return job.recon().reconstruct(partial, job.protocol()).magnitude();
    }

    @Override
    public List<WindowChoice> presets() {
        return List.of(new WindowChoice("auto 0.5-99.5 %", defaultWindow()),
                new WindowChoice("full range", Window.ofRange(0, image().window().level() + image().window().width() / 2)));
    }

    /** The image's 0.5 … 99.5 percentile range: arbitrary units have no standard window. */
    @Override
    public Window defaultWindow() {
        return PercentileWindow.of(image().data(), 0.5, 99.5);
    }

    @Override
    public List<String> acquisitionReadouts() {
        MrProtocol p = job.protocol();
        return List.of(String.format(Locale.ROOT, "%s %.1f T  TR %.0f ms  TE %.0f ms  %d x %d  NEX %d  %.0f Hz/px",
                        p.sequence().name().toLowerCase(Locale.ROOT), job.scanner().b0Tesla(), p.tr() * 1e3, p.te() * 1e3,
                        p.matrixRead(), p.matrixPhase(), p.nex(), p.bandwidthPerPixelHz()),
                String.format(Locale.ROOT, "scan time %.1f s = TR %.0f ms x %d phase lines x NEX %d   (no ionizing dose)",
                        p.scanTime(), p.tr() * 1e3, acquiredRows(), p.nex()));
    }

    /** SNR and CNR of the named ROIs (against the Rayleigh-corrected background), the noise σ, the Gibbs overshoot. */
    @Override
    public List<String> shownMetrics() {
        return ModalityView.metricNames(result.metrics(), n -> n.endsWith(".snr") || n.startsWith("cnr.") || n.equals("noise_sigma") || n.equals("gibbs_overshoot_pct")
                || n.equals("ghost_to_signal") || n.startsWith("fat_shift"));
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
        MriExport.write(dir, scenario, result);
    }

    @Override
    public List<String> parameterSections() {
        return List.of("mri");
    }
}
