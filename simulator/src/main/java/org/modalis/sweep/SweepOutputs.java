package org.modalis.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modalis.UserInputException;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.io.JsonWriter;
import org.modalis.io.NpyReader;
import org.modalis.io.OutputDirectory;
import org.modalis.io.PngWriter;

/**
 * Writes a sweep folder's summary files from what is already in it: {@code metrics.csv} (from the table),
 * {@code contact-sheet.png} (from each point's {@code points/<id>/image.npy}, at the display window its
 * {@code metrics.json} recorded for the first point: the scenario's window or the first image's
 * default), {@code plot-<metric>.png} and {@code sweep.json}. A run and a merge both end here, so equal
 * inputs give equal files.
 */
public final class SweepOutputs {

    private SweepOutputs() {
    }

    /** Writes the summary files into {@code out} and returns their paths. */
    public static List<Path> write(OutputDirectory out, SweepManifest manifest, MetricsTable table) {
        List<Path> files = new ArrayList<>();
        files.add(out.write("metrics.csv", s -> s.write(table.toBytes())));
        List<SweepPoint> points = manifest.points();
        if (!points.isEmpty()) {
            Map<Integer, Image> images = new LinkedHashMap<>();
            points.forEach(p -> images.put(p.index(), image(out.dir(), p)));
            Window w = window(out.dir(), points.get(0));
            files.add(out.write("contact-sheet.png",
                    s -> PngWriter.writeRgb(s, ContactSheet.render(manifest.plan(), images, w))));
        }
        SweepPlots.render(manifest.plan(), table, manifest.plots(), manifest.log())
                .forEach((name, bytes) -> files.add(out.write(name, s -> s.write(bytes))));
        files.add(out.write("sweep.json", s -> new JsonWriter().write(s, manifest.toJson())));
        return files;
    }

    private static Image image(Path dir, SweepPoint p) {
        Path f = dir.resolve("points").resolve(p.id()).resolve("image.npy");
        if (!Files.isRegularFile(f)) {
            throw new UserInputException("missing " + f, f, 0, 0, null, "re-run the shard that holds point " + p.id());
        }
        return NpyReader.read(f).toImage(1, 1, 1, "image", "", Window.ofRange(0, 1));
    }

    /** The display window a point's metrics.json recorded. */
    static Window window(Path dir, SweepPoint p) {
        Path f = dir.resolve("points").resolve(p.id()).resolve("metrics.json");
        try {
            JsonNode w = new ObjectMapper().readTree(Files.readAllBytes(f)).path("display_window");
            return new Window(w.path("level").asDouble(), w.path("width").asDouble(1));
        } catch (IOException e) {
            throw new UserInputException("cannot read " + f + ": " + e.getMessage(), f, 0, 0, null,
                    "re-run the shard that holds point " + p.id());
        }
    }
}
