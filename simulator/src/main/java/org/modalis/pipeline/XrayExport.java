package org.modalis.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.io.JsonWriter;
import org.modalis.io.NpyWriter;
import org.modalis.io.OutputDirectory;
import org.modalis.io.PngRowOrder;
import org.modalis.io.PngWriter;
import org.modalis.scenario.Scenario;
import org.modalis.xray.XrayResult;

/**
 * Writes a radiograph's outputs: {@code image.npy} (float32 relative exposure = detector signal / open field,
 * rows = detector z ascending, columns = x ascending), {@code truth.npy} (the same, noise-free),
 * {@code image.png} (inverted like a film radiograph, high attenuation bright, +z at the top; window from the
 * scenario or 0 … 1 relative exposure) and {@code metrics.json}.
 */
public final class XrayExport {

    private XrayExport() {
    }

    public static List<Path> write(Path dir, Scenario scenario, XrayResult result) {
        OutputDirectory out = OutputDirectory.create(dir);
        Window window = scenario.displayWindow().orElse(Window.ofRange(0, 1));
        out.write("image.npy", s -> NpyWriter.writeImage(s, result.image()));
        out.write("truth.npy", s -> NpyWriter.writeImage(s, result.truth()));
        Image inverted = inverted(result.image(), window);
        out.write("image.png", s -> PngWriter.writeGrey(s, inverted, 0, inverted.window(), PngRowOrder.LARGEST_Y_AT_TOP));
        List<String> files = new ArrayList<>();
        for (Path p : out.written()) {
            files.add(p.getFileName().toString());
        }
        files.add("metrics.json");
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("phantom", RunReport.describePhantom(scenario.phantom()));
        extra.put("image_size", List.of(result.image().grid().nx(), result.image().grid().ny()));
        extra.put("display_window", Map.of("level", window.level(), "width", window.width()));
        Map<String, Object> report = RunReport.of(scenario, result.metrics(), result.trace(), files, extra);
        out.write("metrics.json", s -> new JsonWriter().write(s, report));
        return out.written();
    }

    /** 1 − relative exposure, windowed as the mirror of {@code window}: attenuation shows bright. */
    static Image inverted(Image image, Window window) {
        float[] v = new float[image.data().length];
        for (int k = 0; k < v.length; k++) {
            v[k] = 1f - image.data()[k];
        }
        return new Image(image.grid(), v, "1 − relative exposure", "1", new Window(1 - window.level(), window.width()));
    }
}
