package org.modalis.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modalis.ct.CtResult;
import org.modalis.ct.Sinogram;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.io.NpyWriter;
import org.modalis.io.OutputDirectory;
import org.modalis.io.PngRowOrder;
import org.modalis.io.PngWriter;
import org.modalis.scenario.Scenario;

/**
 * Writes a CT run's outputs (the contract of docs/scenario-format.md): {@code image.npy} (float32 HU, rows
 * = y ascending), {@code raw.npy} (float32 sinogram, views × bins, dimensionless line integrals),
 * {@code truth.npy} (HU), {@code image.png}, {@code truth.png} (scenario window, +y at the top),
 * {@code raw.png} (min–max window, view 0 at the top) and {@code metrics.json}; NPY and PNG only when the
 * scenario's {@code output.format} lists them (the default), DICOM and NIfTI when it asks ({@link ClinicalExports}).
 * Each file is written to a
 * temporary name and renamed, so a failed run never leaves a partial file.
 */
public final class CtExport {

    private CtExport() {
    }

    public static List<Path> write(Path dir, Scenario scenario, CtResult result) {
        OutputDirectory out = OutputDirectory.create(dir);
        Window window = scenario.displayWindow().orElse(result.image().window());
        ExportFormats formats = ExportFormats.of(scenario);
        if (formats.npy()) {
            out.write("image.npy", s -> NpyWriter.writeImage(s, result.image()));
            out.write("raw.npy", s -> NpyWriter.writeFloat32(s, new int[] {result.raw().sinogram().geometry().views(),
                    result.raw().sinogram().geometry().bins()}, result.raw().sinogram().data()));
            out.write("truth.npy", s -> NpyWriter.writeImage(s, result.truth()));
        }
        if (formats.png()) {
            out.write("image.png", s -> PngWriter.writeGrey(s, result.image(), 0, window, PngRowOrder.LARGEST_Y_AT_TOP));
            out.write("truth.png", s -> PngWriter.writeGrey(s, result.truth(), 0, window, PngRowOrder.LARGEST_Y_AT_TOP));
            Image sino = sinogramImage(result.raw().sinogram());
            out.write("raw.png", s -> PngWriter.writeGrey(s, sino, 0, sino.window(), PngRowOrder.ROW_ZERO_AT_TOP));
        }
        ClinicalExports.ct(out, scenario, result);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("phantom", RunReport.describePhantom(scenario.phantom()));
        extra.put("image_size", result.image().grid().nx());
        extra.put("display_window", Map.of("level", window.level(), "width", window.width()));
        return RunReport.write(out, scenario, result.metrics(), result.trace(), extra);
    }

    /** The sinogram as a picture: one row per view, windowed over its range. */
    static Image sinogramImage(Sinogram s) {
        int views = s.geometry().views();
        int bins = s.geometry().bins();
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : s.data()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new Image(new Grid(bins, views, 1, 1, 1, 1), s.data(), "line integral", "1", Window.ofRange(min, max));
    }
}
