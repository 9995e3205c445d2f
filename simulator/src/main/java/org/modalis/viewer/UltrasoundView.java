package org.modalis.viewer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.metrics.MetricSet;
import org.modalis.pipeline.Trace;
import org.modalis.pipeline.UltrasoundExport;
import org.modalis.scenario.Scenario;
import org.modalis.ultrasound.ChannelLayout;
import org.modalis.ultrasound.UltrasoundJob;
import org.modalis.ultrasound.UltrasoundProtocol;
import org.modalis.ultrasound.UltrasoundResult;

/**
 * Ultrasound B-mode in the viewer: the phantom's echogenicity (20·log₁₀ backscatter, dB), the beamformed line
 * data as an envelope in dB (rows = scan lines in firing order, columns = samples down the line) and the
 * scan-converted B-mode image in dB. A scanner shows the probe face at the top, while the viewer draws an image's
 * largest row at the top, so the truth and the image are shown with their rows reversed (depth grows downwards).
 * The sweep fires the lines one by one (a frame is built line by line); the image stays whole. Read-outs: probe,
 * frequency, depth, focus, lines, frame rate (firings × round trip: lines × focal zones, or plane waves), and no dose (ultrasound is not ionising).
 */
public final class UltrasoundView implements ModalityView {

    private final UltrasoundJob job;
    private final UltrasoundResult result;
    private final Image truth;
    private final Image image;
    private final float[] lineDb;
    private final Window rawWindow;

    public UltrasoundView(UltrasoundJob job, UltrasoundResult result) {
        this.job = job;
        this.result = result;
        this.truth = UltrasoundExport.faceAtLargestRow(result.truth());
        this.image = UltrasoundExport.faceAtLargestRow(result.image());
        this.lineDb = envelopeDb(result.envelope());
        double top = 0;
        for (float v : lineDb) {
            top = Math.max(top, v);
        }
        this.rawWindow = Window.ofRange(top - job.protocol().dynamicRangeDb(), top);
    }

    /** The probe's own frequency [MHz], pitch, element height, elevation focus and line width [mm]: what a 0 keeps. */
    @Override
    public java.util.OptionalDouble inEffect(String key) {
        var t = job.transducer();
        return switch (key) {
            case "ultrasound.frequency_mhz" -> java.util.OptionalDouble.of(t.centreFrequencyHz() * 1e-6);
            case "ultrasound.pitch_mm" -> java.util.OptionalDouble.of(t.pitch() * 1e3);
            case "ultrasound.elevation_mm" -> java.util.OptionalDouble.of(t.elevationHeight() * 1e3);
            case "ultrasound.elevation_focus_mm" -> java.util.OptionalDouble.of(t.elevationFocus() * 1e3);
            // a linear array's lines span the array, element centre to element centre (ScanLines)
            case "ultrasound.width_mm" -> t.type() == org.modalis.ultrasound.ArrayType.LINEAR
                    ? java.util.OptionalDouble.of((t.elements() - 1) * t.pitch() * 1e3) : java.util.OptionalDouble.empty();
            default -> java.util.OptionalDouble.empty();
        };
    }

    /** The sector belongs to phased arrays, the line width and plane waves to linear ones. */
    @Override
    public boolean applies(String key) {
        boolean linear = job.transducer().type() == org.modalis.ultrasound.ArrayType.LINEAR;
        return switch (key) {
            case "ultrasound.sector_deg" -> !linear;
            case "ultrasound.width_mm", "ultrasound.plane_waves", "ultrasound.plane_wave_span_deg" -> linear;
            default -> true;
        };
    }

    public UltrasoundJob job() {
        return job;
    }

    public UltrasoundResult result() {
        return result;
    }

    /** 20·log₁₀ of the envelope, floored at 10⁻¹² of full scale. */
    private static float[] envelopeDb(float[] envelope) {
        float[] db = new float[envelope.length];
        for (int k = 0; k < db.length; k++) {
            db[k] = (float) (20 * Math.log10(Math.max(envelope[k], 1e-12f)));
        }
        return db;
    }

    @Override
    public String modality() {
        return "ultrasound";
    }

    @Override
    public String title(PanelKind kind) {
        return switch (kind) {
            case TRUTH -> "Echogenicity truth (dB)";
            case RAW -> "Line data: envelope (dB), lines x samples";
            case IMAGE -> "B-mode (dB)";
        };
    }

    @Override
    public String unit() {
        return "dB";
    }

    @Override
    public Image truth() {
        return truth;
    }

    @Override
    public String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    @Override
    public Image image() {
        return image;
    }

    @Override
    public int rawColumns() {
        return result.layout().samples();
    }

    @Override
    public int rawRows() {
        return result.layout().lines();
    }

    @Override
    public int acquiredRows() {
        return rawRows();
    }

    @Override
    public String rowNoun() {
        return "lines";
    }

    @Override
    public Window rawWindow() {
        return rawWindow;
    }

    @Override
    public void rawUpTo(int rows, float[] out) {
        KSpaceSweep.upTo(lineDb, rawColumns(), 0, rows, (float) (rawWindow.level() - rawWindow.width() / 2), out);
    }

    @Override
    public String describeRaw(int column, int row) {
        ChannelLayout layout = result.layout();
        double depth = job.protocol().metresPerSample(layout.samplingRate()) * column;
        return String.format(Locale.ROOT, "line %d, sample %d (depth %.1f mm at %.0f m/s): envelope %.1f dB", row, column,
                depth * 1e3, job.protocol().assumedSpeed(), lineDb[row * rawColumns() + column]);
    }

    @Override
    public boolean sweepReconstructs() {
        return false;
    }

    @Override
    public Image reconstructUpTo(int rows) {
        return image;
    }

    @Override
    public List<WindowChoice> presets() {
        UltrasoundProtocol p = job.protocol();
        return List.of(new WindowChoice(String.format(Locale.ROOT, "dynamic range %.0f dB", p.dynamicRangeDb()), defaultWindow()),
                new WindowChoice("40 dB", Window.ofRange(-40, 0)), new WindowChoice("80 dB", Window.ofRange(-80, 0)));
    }

    /** The image's own window: the protocol's dynamic range below full scale (what {@code image.png} shows). */
    @Override
    public Window defaultWindow() {
        return result.image().window();
    }

    @Override
    public List<String> acquisitionReadouts() {
        UltrasoundProtocol p = job.protocol();
        double frameRate = job.frameRate();
        return List.of(String.format(Locale.ROOT, "%s  %.1f MHz  depth %.0f mm  focus %.0f mm  %d lines  gain %.0f dB  TGC %.1f dB/cm  DR %.0f dB",
                        job.transducer().name(), job.transducer().centreFrequencyHz() * 1e-6, p.depth() * 1e3, p.transmitFocus() * 1e3,
                        p.lines(), p.gainDb(), p.tgcDbPerCm(), p.dynamicRangeDb()),
                String.format(Locale.ROOT, "frame rate %.0f /s = 1 / (%s x 2 x %.0f mm / %.0f m/s)   (no ionizing dose)",
                        frameRate, job.firingsDescription(), p.depth() * 1e3, p.assumedSpeed()));
    }

    /** Wire resolution, speckle SNR, contrast/CNR and penetration, as the lesson defines them. */
    @Override
    public List<String> shownMetrics() {
        return ModalityView.metricNames(result.metrics(), n -> n.startsWith("wire.") || n.endsWith(".snr") || n.startsWith("cnr.") || n.startsWith("contrast.")
                || n.startsWith("penetration"));
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
        UltrasoundExport.write(dir, scenario, result);
    }

    @Override
    public List<String> parameterSections() {
        return List.of("ultrasound");
    }
}
