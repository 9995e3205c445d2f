package org.modalis.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.io.NpyWriter;
import org.modalis.io.OutputDirectory;
import org.modalis.io.PngRowOrder;
import org.modalis.io.PngWriter;
import org.modalis.mri.KSpace;
import org.modalis.mri.MriResult;
import org.modalis.scenario.Scenario;

/**
 * Writes an MRI run's outputs: {@code image.npy} (float32 magnitude, a.u. relative to fully relaxed water,
 * rows = y ascending), {@code raw.npy} (complex64 k-space, phase lines × readout samples, k = 0 at
 * (N_p/2, N_r/2); coils × lines × samples with a coil array; spokes × samples for radial), {@code truth.npy} (float32 |signal-weighted phantom|), {@code image.png},
 * {@code echoes.npy} (float32 echoes × rows × columns, a multi-echo series only), {@code truth.png} (scenario window
 * or 0 … max truth, +y at the top), {@code raw.png} (log-magnitude
 * k-space, phase line 0 at the top) and {@code metrics.json}.
 */
public final class MriExport {

    private MriExport() {
    }

    public static List<Path> write(Path dir, Scenario scenario, MriResult result) {
        OutputDirectory out = OutputDirectory.create(dir);
        Window window = scenario.displayWindow().orElse(new Window(result.truth().window().level() * 1.1,
                result.truth().window().width() * 1.1));
        KSpace k = result.raw();
        ExportFormats formats = ExportFormats.of(scenario);
        if (formats.npy()) {
            out.write("image.npy", s -> NpyWriter.writeImage(s, result.images().magnitude()));
            if (result.coils().size() > 1) {
                out.write("raw.npy", s -> NpyWriter.writeComplex64(s, new int[] {result.coils().size(), k.phaseLines(), k.readSamples()},
                        stacked(result.coils())));
            } else {
                out.write("raw.npy", s -> NpyWriter.writeComplex64(s, new int[] {k.phaseLines(), k.readSamples()}, k.data()));
            }
            out.write("truth.npy", s -> NpyWriter.writeImage(s, result.truth()));
            if (!result.echoes().isEmpty()) {
                out.write("echoes.npy", s -> NpyWriter.writeFloat32(s, echoShape(result.echoes()), stackedEchoes(result.echoes())));
            }
        }
        if (formats.png()) {
            out.write("image.png", s -> PngWriter.writeGrey(s, result.images().magnitude(), 0, window, PngRowOrder.LARGEST_Y_AT_TOP));
            out.write("truth.png", s -> PngWriter.writeGrey(s, result.truth(), 0, window, PngRowOrder.LARGEST_Y_AT_TOP));
            Image logK = logMagnitude(k);
            out.write("raw.png", s -> PngWriter.writeGrey(s, logK, 0, logK.window(), PngRowOrder.ROW_ZERO_AT_TOP));
        }
        ClinicalExports.mri(out, scenario, result);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("phantom", RunReport.describePhantom(scenario.phantom()));
        extra.put("image_size", List.of(result.images().magnitude().grid().nx(), result.images().magnitude().grid().ny()));
        extra.put("display_window", Map.of("level", window.level(), "width", window.width()));
        return RunReport.write(out, scenario, result.metrics(), result.trace(), extra);
    }

    /** The coils' k-spaces one after the other: shape (coils, phase lines, readout samples). */
    private static float[] stacked(List<KSpace> coils) {
        int n = coils.get(0).data().length;
        float[] out = new float[coils.size() * n];
        for (int c = 0; c < coils.size(); c++) {
            System.arraycopy(coils.get(c).data(), 0, out, c * n, n);
        }
        return out;
    }

    /** log10(1 + |S|/S₀) with S₀ = 1e-4 of the peak: the dynamic range of k-space made visible. */
    static Image logMagnitude(KSpace k) {
        int n = k.phaseLines() * k.readSamples();
        float[] v = new float[n];
        double peak = 0;
        for (int i = 0; i < n; i++) {
            double re = k.data()[2 * i], im = k.data()[2 * i + 1];
            peak = Math.max(peak, Math.sqrt(re * re + im * im));
        }
        double s0 = peak > 0 ? 1e-4 * peak : 1;
        float max = 0;
        for (int i = 0; i < n; i++) {
            double re = k.data()[2 * i], im = k.data()[2 * i + 1];
            v[i] = (float) Math.log10(1 + Math.sqrt(re * re + im * im) / s0);
            max = Math.max(max, v[i]);
        }
        return new Image(new Grid(k.readSamples(), k.phaseLines(), 1, 1, 1, 1), v, "log10 |k-space|", "1",
                Window.ofRange(0, max > 0 ? max : 1));
    }

    /** (echoes, ny, nx) of a multi-echo series, each echo as {@code image.npy} stores it. */
    private static int[] echoShape(List<Image> echoes) {
        Image first = echoes.get(0);
        return new int[] {echoes.size(), first.grid().ny(), first.grid().nx()};
    }

    private static float[] stackedEchoes(List<Image> echoes) {
        int size = echoes.get(0).data().length;
        float[] out = new float[echoes.size() * size];
        for (int n = 0; n < echoes.size(); n++) {
            System.arraycopy(echoes.get(n).data(), 0, out, n * size, size);
        }
        return out;
    }
}
