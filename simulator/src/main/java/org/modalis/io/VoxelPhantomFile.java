package org.modalis.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.modalis.UserInputException;
import org.modalis.image.Grid;
import org.modalis.phantom.Roi;
import org.modalis.phantom.VoxelPhantom;
import org.modalis.tissue.Tissue;
import org.modalis.tissue.TissueCatalog;

/**
 * Voxel phantoms on disk: a label volume in NumPy format (integers, shape (ny, nx) or (nz, ny, nx), label 0
 * = nothing) and a YAML description beside it that gives the voxel size and what each label is made of.
 * <pre>
 * name: my-head
 * title: "Segmented head"
 * units: mm
 * voxels:
 *   file: my-head-labels.npy        # relative to this file
 *   spacing_mm: [0.5, 0.5, 5]       # dx, dy, dz
 *   labels:                         # label → tissue, or {tissue, weight}
 *     1: water
 *     2: {tissue: bone-cortical, weight: 1.0}
 * rois:
 *   - {name: centre, x_mm: 0, y_mm: 0, r_mm: 10}
 * </pre>
 * The grid is centred on the origin like every {@link Grid}.
 */
public final class VoxelPhantomFile {

    private static final Set<String> TOP_KEYS = Set.of("name", "title", "description", "units", "voxels", "rois");

    /** A voxel phantom with the ROIs its file names. */
    public record Loaded(VoxelPhantom phantom, List<Roi> rois) {
    }

    private VoxelPhantomFile() {
    }

    /** Whether a phantom YAML file describes a voxel phantom (has a {@code voxels} section). */
    public static boolean isVoxelFile(Path yaml) {
        try {
            JsonNode root = mapper().readTree(Files.readString(yaml, StandardCharsets.UTF_8));
            return root != null && root.has("voxels");
        } catch (IOException e) {
            return false;
        }
    }

    public static Loaded read(Path yaml, TissueCatalog tissues) {
        JsonNode root = parse(yaml);
        root.fieldNames().forEachRemaining(k -> {
            if (!TOP_KEYS.contains(k)) {
                throw error(yaml, k, "unknown key '" + k + "'", "allowed: " + String.join(", ", TOP_KEYS.stream().sorted().toList()));
            }
        });
        if (root.has("units") && !root.get("units").asText().equals("mm")) {
            throw error(yaml, "units", "must be mm, got '" + root.get("units").asText() + "'", null);
        }
        JsonNode vox = root.get("voxels");
        String file = text(yaml, vox, "voxels.file");
        double[] spacing = spacing(yaml, vox.get("spacing_mm"));
        NpyArray npy = NpyReader.read(yaml.toAbsolutePath().getParent().resolve(file));
        Grid grid = grid(yaml, npy.shape(), spacing);
        List<Tissue> table = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        labelTable(yaml, vox.get("labels"), tissues, table, weights);
        short[] labels = labels(yaml, npy, table.size());
        String name = root.has("name") ? root.get("name").asText() : yaml.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        VoxelPhantom p = new VoxelPhantom(name, grid, labels, table, weights.stream().mapToDouble(Double::doubleValue).toArray());
        return new Loaded(p, rois(yaml, root.get("rois")));
    }

    /** Writes {@code <name>.yaml} and {@code <name>-labels.npy} into {@code dir} (atomically); returns the YAML path. */
    public static Path write(VoxelPhantom phantom, List<Roi> rois, String title, Path dir) {
        OutputDirectory out = OutputDirectory.create(dir);
        Grid g = phantom.grid();
        String npyName = phantom.name() + "-labels.npy";
        int[] shape = g.nz() == 1 ? new int[] {g.ny(), g.nx()} : new int[] {g.nz(), g.ny(), g.nx()};
        out.write(npyName, s -> NpyWriter.writeInt16(s, shape, phantom.labels()));
        StringBuilder y = new StringBuilder();
        y.append("# Voxel phantom written by 'modalis voxelize'. Label 0 = nothing (vacuum).\n");
        y.append("name: ").append(phantom.name()).append('\n');
        y.append("title: \"").append(title.replace("\"", "'")).append("\"\n");
        y.append("units: mm\nvoxels:\n  file: ").append(npyName).append('\n');
        y.append(String.format(Locale.ROOT, "  spacing_mm: [%s, %s, %s]%n", num(g.dx() * 1e3), num(g.dy() * 1e3), num(g.dz() * 1e3)));
        y.append("  labels:\n");
        for (int l = 1; l <= phantom.labelCount(); l++) {
            Tissue t = phantom.tissues().get(phantom.tissueIndexOfLabel(l));
            y.append("    ").append(l).append(": {tissue: ").append(t.name()).append(", weight: ")
                    .append(num(phantom.weightOfLabel(l))).append("}\n");
        }
        if (!rois.isEmpty()) {
            y.append("rois:\n");
            for (Roi r : rois) {
                y.append(String.format(Locale.ROOT, "  - {name: %s, x_mm: %s, y_mm: %s, r_mm: %s}%n", r.name(),
                        num(r.x() * 1e3), num(r.y() * 1e3), num(r.radius() * 1e3)));
            }
        }
        return out.write(phantom.name() + ".yaml", s -> s.write(y.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static Grid grid(Path yaml, int[] shape, double[] spacingMm) {
        if (shape.length < 2 || shape.length > 3) {
            throw error(yaml, "voxels.file", "the label volume must be 2-D (ny, nx) or 3-D (nz, ny, nx), got "
                    + shape.length + " dimensions", null);
        }
        int nz = shape.length == 3 ? shape[0] : 1;
        int ny = shape[shape.length - 2];
        int nx = shape[shape.length - 1];
        return new Grid(nx, ny, nz, spacingMm[0] * 1e-3, spacingMm[1] * 1e-3, spacingMm[2] * 1e-3);
    }

    private static double[] spacing(Path yaml, JsonNode node) {
        if (node == null || !node.isArray() || node.size() != 3) {
            throw error(yaml, "voxels.spacing_mm", "needs three voxel sizes [dx, dy, dz] in mm", "e.g. [0.5, 0.5, 5]");
        }
        double[] s = new double[3];
        for (int i = 0; i < 3; i++) {
            s[i] = node.get(i).asDouble(Double.NaN);
            if (!(s[i] > 0 && s[i] <= 100)) {
                throw error(yaml, "voxels.spacing_mm", "voxel sizes must be between 0 and 100 mm, got " + node.get(i), null);
            }
        }
        return s;
    }

    private static void labelTable(Path yaml, JsonNode node, TissueCatalog tissues, List<Tissue> table, List<Double> weights) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw error(yaml, "voxels.labels", "needs a table of labels 1, 2, … → tissue", "e.g. {1: water, 2: bone-cortical}");
        }
        int expected = 1;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); expected++) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = "voxels.labels." + e.getKey();
            if (!e.getKey().equals(Integer.toString(expected))) {
                throw error(yaml, key, "labels must be listed as 1, 2, 3, … in order; expected " + expected, null);
            }
            JsonNode v = e.getValue();
            String tissue = v.isTextual() ? v.asText() : text(yaml, v, key + ".tissue");
            double weight = v.isObject() && v.has("weight") ? v.get("weight").asDouble(Double.NaN) : 1.0;
            if (!(weight > 0 && weight < 100)) {
                throw error(yaml, key + ".weight", "must be a positive multiplier below 100, got " + v.get("weight"), null);
            }
            table.add(tissues.find(tissue).orElseThrow(() -> error(yaml, key, "unknown tissue '" + tissue + "'",
                    "see 'modalis list tissues'")));
            weights.add(weight);
        }
    }

    private static short[] labels(Path yaml, NpyArray npy, int count) {
        double[] d = npy.data();
        short[] out = new short[d.length];
        for (int i = 0; i < d.length; i++) {
            double v = d[i];
            if (v != Math.rint(v) || v < 0 || v > count) {
                throw error(yaml, "voxels.file", "voxel " + i + " holds " + v + ", not a label of the table (0–" + count + ")",
                        "labels are integers; 0 = nothing");
            }
            out[i] = (short) v;
        }
        return out;
    }

    private static List<Roi> rois(Path yaml, JsonNode node) {
        List<Roi> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode r = node.get(i);
            String key = "rois[" + i + "]";
            double radius = r.path("r_mm").asDouble(Double.NaN);
            if (!r.path("name").isTextual() || !(radius > 0)) {
                throw error(yaml, key, "a ROI needs a name and a positive r_mm", "e.g. {name: centre, x_mm: 0, y_mm: 0, r_mm: 10}");
            }
            out.add(new Roi(r.get("name").asText(), r.path("x_mm").asDouble() * 1e-3, r.path("y_mm").asDouble() * 1e-3, 0,
                    radius * 1e-3));
        }
        return out;
    }

    private static String text(Path yaml, JsonNode node, String key) {
        String leaf = key.substring(key.lastIndexOf('.') + 1);
        if (node == null || !node.path(leaf).isTextual()) {
            throw error(yaml, key, "missing or not text", null);
        }
        return node.get(leaf).asText();
    }

    private static JsonNode parse(Path yaml) {
        try {
            JsonNode root = mapper().readTree(Files.readString(yaml, StandardCharsets.UTF_8));
            if (!(root instanceof ObjectNode) || !root.has("voxels")) {
                throw error(yaml, null, "not a voxel phantom: no 'voxels' section", null);
            }
            return root;
        } catch (IOException e) {
            throw new UserInputException("cannot read the voxel phantom: " + e.getMessage(), yaml, 0, 0, null, null);
        }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper(new YAMLFactory());
    }

    private static UserInputException error(Path file, String key, String message, String hint) {
        return new UserInputException(message, file, 0, 0, key, hint);
    }
}
