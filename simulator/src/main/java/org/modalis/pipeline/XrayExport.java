package org.modalis.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.io.NpyWriter;
import org.modalis.io.OutputDirectory;
import org.modalis.io.PngRowOrder;
import org.modalis.io.PngWriter;
import org.modalis.scenario.Scenario;
import org.modalis.xray.DisplayLut;
import org.modalis.xray.SequenceResult;
import org.modalis.xray.XrayResult;

/**
 * Writes a radiograph's outputs: {@code image.npy} (float32 relative exposure = detector signal / open field,
 * rows = detector z ascending, columns = x ascending), {@code truth.npy} (the same, noise-free),
 * {@code image.png} (the {@link DisplayLut}: −ln relative exposure, windowed, then the display gamma, so high attenuation is bright as on a film radiograph, +z at the
 * top; window in units of −ln from the scenario's {@code display}, else the 1st–99th percentile inside the
 * object's shadow) and {@code metrics.json}.
 */
public final class XrayExport {

    private XrayExport() {
    }

    public static List<Path> write(Path dir, Scenario scenario, XrayResult result) {
        OutputDirectory out = OutputDirectory.create(dir);
        boolean subtraction = result.image().quantity().startsWith("ln(");
        Window window = scenario.displayWindow().orElse(subtraction ? percentileWindow(result.truth()) : objectWindow(result.truth()));
        ExportFormats formats = ExportFormats.of(scenario);
        if (formats.npy()) {
            out.write("image.npy", s -> NpyWriter.writeImage(s, result.image()));
            out.write("truth.npy", s -> NpyWriter.writeImage(s, result.truth()));
        }
        if (formats.png()) {
            DisplayLut lut = new DisplayLut(window.level(), window.width(), scenario.section("xray").getDouble("display_gamma"));
            Image shown = subtraction ? result.image().withWindow(window) : displayed(result.image(), lut);
            out.write("image.png", s -> PngWriter.writeGrey(s, shown, 0, shown.window(), PngRowOrder.LARGEST_Y_AT_TOP));
        }
        ClinicalExports.xray(out, scenario, result);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("phantom", RunReport.describePhantom(scenario.phantom()));
        extra.put("image_size", List.of(result.image().grid().nx(), result.image().grid().ny()));
        extra.put("display_window", Map.of("level", window.level(), "width", window.width()));
        return RunReport.write(out, scenario, result.metrics(), result.trace(), extra);
    }

    /**
     * Writes a fluoroscopy or DSA run: {@code frames.npy} (float32, frames × rows × cols), {@code frames.png} (up
     * to 16 frames evenly picked, tiled left to right and top to bottom, through the same display LUT), and the
     * final image as {@link #write} does ({@code image.npy}, {@code truth.npy}, {@code image.png}, metrics).
     * DSA frames hold ln(mask/live), shown on a linear window (iodine bright). With {@code dicom} in the formats the
     * frames also go out as a DX series, {@code frames/0001.dcm} ….
     */
    public static List<Path> writeSequence(Path dir, Scenario scenario, SequenceResult seq) {
        List<Path> written = new ArrayList<>(write(dir, scenario, seq.last()));
        OutputDirectory out = OutputDirectory.create(dir);
        var g = seq.last().image().grid();
        out.write("frames.npy", s -> NpyWriter.writeFloat32(s, new int[] {seq.count(), g.ny(), g.nx()}, seq.frames()));
        Image tiles = tiles(seq, scenario);
        out.write("frames.png", s -> PngWriter.writeGrey(s, tiles, 0, tiles.window(), PngRowOrder.LARGEST_Y_AT_TOP));
        ClinicalExports.xraySequence(out, scenario, seq);
        written.addAll(out.written());
        return written;
    }

    /** Up to 16 frames, 4 per row of tiles, frame 0 at the top left, each through the display LUT. */
    static Image tiles(SequenceResult seq, Scenario scenario) {
        var g = seq.last().image().grid();
        int shown = Math.min(seq.count(), 16), across = Math.min(shown, 4), down = (shown + across - 1) / across;
        boolean dsa = seq.quantity().startsWith("ln");
        Window w = scenario.displayWindow().orElse(dsa ? dsaWindow(seq) : objectWindow(seq.last().truth()));
        DisplayLut lut = new DisplayLut(w.level(), w.width(), scenario.section("xray").getDouble("display_gamma"));
        int n = g.nx() * g.ny();
        float[] v = new float[across * g.nx() * down * g.ny()];
        for (int t = 0; t < shown; t++) {
            int f = shown == 1 ? 0 : (int) Math.round((double) t * (seq.count() - 1) / (shown - 1));
            int tileRow = down - 1 - t / across, tileCol = t % across; // rows are flipped on output: +z at the top
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    float x = seq.frames()[f * n + j * g.nx() + i];
                    double grey = dsa ? Math.min(Math.max((x - (w.level() - w.width() / 2)) / w.width(), 0), 1)
                            : lut.grey(x);
                    v[(tileRow * g.ny() + j) * across * g.nx() + tileCol * g.nx() + i] = (float) grey;
                }
            }
        }
        return new Image(new org.modalis.image.Grid(across * g.nx(), down * g.ny(), 1, g.dx(), g.dy(), g.dz()), v,
                "display grey level", "1", Window.ofRange(0, 1));
    }

    /** 0 to the 99.5th percentile of the last DSA frame's ln(mask/live). */
    static Window dsaWindow(SequenceResult seq) {
        return percentileWindow(seq.last().truth());
    }

    /** 0 to the 99.5th percentile of a subtraction image (iodine bright, background mid-grey-to-black). */
    static Window percentileWindow(Image truth) {
        float[] d = truth.data().clone();
        java.util.Arrays.sort(d);
        double hi = d[(int) (0.995 * (d.length - 1))];
        return Window.ofRange(0, hi > 0 ? hi : 1);
    }

    /**
     * The 1st to 99th percentile of −ln(truth) over the pixels the object shadows (relative exposure below
     * 1 − 10⁻⁶), or 0 … 1 if nothing is shadowed: behind 20 cm of tissue the transmission is ~1 %, and the
     * range from the object's edge to its centre spans decades, so the display is logarithmic like a digital
     * radiography chain's (log, then a LUT), while the NPY files keep the linear relative exposure.
     */
    public static Window objectWindow(Image truth) {
        float[] v = truth.data();
        double[] shadowed = new double[v.length];
        int n = 0;
        for (float t : v) {
            if (t < 1 - 1e-6 && t > 0) {
                shadowed[n++] = -Math.log(t);
            }
        }
        if (n == 0) {
            return Window.ofRange(0, 1);
        }
        java.util.Arrays.sort(shadowed, 0, n);
        double lo = shadowed[(int) (0.01 * (n - 1))], hi = shadowed[(int) (0.99 * (n - 1))];
        return hi > lo ? Window.ofRange(lo, hi) : Window.ofRange(0, Math.max(hi, 1e-6));
    }

    /** The display LUT's grey levels (0 … 1) of a relative-exposure image. */
    static Image displayed(Image image, DisplayLut lut) {
        float[] v = new float[image.data().length];
        lut.apply(image.data(), v);
        return new Image(image.grid(), v, "display grey level", "1", Window.ofRange(0, 1));
    }

    /** −ln(relative exposure), floored at 10⁻⁹: attenuation, bright where the object absorbs. */
    public static Image attenuation(Image image, Window window) {
        float[] v = new float[image.data().length];
        for (int k = 0; k < v.length; k++) {
            v[k] = (float) -Math.log(Math.max(image.data()[k], 1e-9f));
        }
        return new Image(image.grid(), v, "−ln relative exposure", "1", window);
    }
}
