package org.modalis.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.metrics.MetricSet;
import org.modalis.ultrasound.MModeImaging;
import org.modalis.ultrasound.UltrasoundProtocol;
import org.modalis.io.NpyWriter;
import org.modalis.io.OutputDirectory;
import org.modalis.io.PngRowOrder;
import org.modalis.io.PngWriter;
import org.modalis.scenario.Scenario;
import org.modalis.ultrasound.UltrasoundResult;

/**
 * Writes a B-mode frame's outputs: {@code raw.npy} (beamformed RF, float32 [lines × samples], sample k at range
 * c·k/(2fs), c = 1540 m/s), {@code channels.npy} (per-element RF [line][element][sample], only with
 * {@code ultrasound.save_channels}), {@code image.npy} (scan-converted B-mode in dB, rows = depth from the probe
 * face down, columns = x ascending), {@code image.png} (the displayed range [−DR, 0] dB, or the scenario's
 * display window), {@code truth.png} (echogenicity: 20·log10 backscatter, −20 … 20 dB) and {@code metrics.json}
 * (with the pixel size, sampling rate and line geometry).
 */
public final class UltrasoundExport {

    private UltrasoundExport() {
    }

    /**
     * The image with its rows reversed: row 0 of a B-mode is the probe face, while displays and the DICOM writer
     * put an image's largest row at the top, so this puts the face there.
     */
    public static Image faceAtLargestRow(Image in) {
        Grid g = in.grid();
        float[] out = new float[in.data().length];
        for (int j = 0; j < g.ny(); j++) {
            System.arraycopy(in.data(), j * g.nx(), out, (g.ny() - 1 - j) * g.nx(), g.nx());
        }
        return new Image(g, out, in.quantity(), in.unit(), in.window());
    }

    /**
     * M-mode outputs: {@code image.npy} (dB, float32 [depth sample][firing]: rows = depth c·k/(2fs) from the
     * probe face down, columns = time k/PRF), {@code image.png} (same orientation, [−DR, 0] dB) and
     * {@code metrics.json} (with the depth and time steps).
     */
    public static List<Path> writeMMode(Path dir, Scenario scenario, MModeImaging.MModeResult result, MetricSet metrics,
                                        Trace trace) {
        OutputDirectory out = OutputDirectory.create(dir);
        double dr = scenario.section("ultrasound").getDouble("dynamic_range_db");
        double depthStep = result.metresPerSample();
        Grid grid = new Grid(result.frames(), result.samples(), 1, depthStep, depthStep, depthStep);
        Window window = scenario.displayWindow().orElse(new Window(-dr / 2, dr));
        Image image = new Image(grid, result.db(), "M-mode", "dB", window);
        out.write("image.npy", s -> NpyWriter.writeImage(s, image));
        out.write("image.png", s -> PngWriter.writeGrey(s, image, 0, window, PngRowOrder.ROW_ZERO_AT_TOP));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("phantom", RunReport.describePhantom(scenario.phantom()));
        extra.put("image_size", List.of(result.frames(), result.samples()));
        extra.put("depth_step_mm", depthStep * 1e3);
        extra.put("time_step_s", 1 / result.prfHz());
        return RunReport.write(out, scenario, metrics, trace, extra);
    }

    public static List<Path> write(Path dir, Scenario scenario, UltrasoundResult result) {
        OutputDirectory out = OutputDirectory.create(dir);
        var layout = result.layout();
        Window window = scenario.displayWindow().orElse(result.image().window());
        ExportFormats formats = ExportFormats.of(scenario);
        if (formats.npy()) {
            out.write("raw.npy", s -> NpyWriter.writeFloat32(s, new int[]{layout.lines(), layout.samples()}, result.rf()));
            if (result.channels() != null) {
                out.write("channels.npy", s -> NpyWriter.writeFloat32(s,
                        new int[]{layout.lines(), layout.aperture(), layout.samples()}, result.channels()));
            }
            out.write("image.npy", s -> NpyWriter.writeImage(s, result.image()));
        }
        if (formats.png()) {
            // Row 0 of the image is the probe face: the smallest grid y, shown at the top as on a scanner.
            out.write("image.png", s -> PngWriter.writeGrey(s, result.image(), 0, window, PngRowOrder.ROW_ZERO_AT_TOP));
            out.write("truth.png", s -> PngWriter.writeGrey(s, result.truth(), 0, result.truth().window(),
                    PngRowOrder.ROW_ZERO_AT_TOP));
        }
        ClinicalExports.ultrasound(out, scenario, faceAtLargestRow(result.image()), window,
                result.job().transducer().centreFrequencyHz());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("phantom", RunReport.describePhantom(scenario.phantom()));
        var g = result.grid();
        extra.put("image_size", List.of(g.nx(), g.nz()));
        extra.put("pixel_mm", List.of(g.dx() * 1e3, g.dz() * 1e3));
        extra.put("image_x0_mm", g.xMin() * 1e3);
        extra.put("sampling_rate_mhz", layout.samplingRate() * 1e-6);
        extra.put("lines", layout.lines());
        extra.put("echo_sources", result.sourceCount());
        extra.put("display_window", Map.of("level", window.level(), "width", window.width()));
        return RunReport.write(out, scenario, result.metrics(), result.trace(), extra);
    }
}
