package org.modalis.phantom;

import org.modalis.ClosestName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.modalis.UserInputException;
import org.modalis.tissue.Tissue;
import org.modalis.tissue.TissueCatalog;

/**
 * Reads a phantom definition (YAML, lengths in mm, angles in degrees) into an {@link AnalyticPhantom}.
 * Every mistake is a {@link UserInputException} naming the file, the key path (e.g. {@code regions[3].tissue}),
 * the line and column, and for a misspelt tissue, shape, mode or key the closest valid name.
 *
 * <pre>
 * name: ct-quality          # identifier
 * title: …                  # one line for listings
 * dimension: 3              # 2 (ellipse/rectangle only: prisms along z, imaged at z = 0) or 3
 * units: mm                 # the only unit accepted, stated so files are self-describing
 * mode: replace             # default region mode: add | replace
 * regions:                  # in order; later regions add to or replace earlier ones
 *   - {shape: cylinder, centre_mm: [0, 0, 0], radius_mm: 100, length_mm: 100, tissue: water}
 *   - {shape: ellipse, centre_mm: [0, 0], semi_axes_mm: [69, 92], rotation_deg: 0, tissue: water,
 *      weight: 2, mode: add, clip: [{angle_deg: 90, distance_mm: 10}]}
 * rois: [{name: centre, x_mm: 0, y_mm: 0, r_mm: 10}]
 * </pre>
 * Shapes and their keys: {@code ellipse} (centre_mm [x, y], semi_axes_mm [a, b], rotation_deg),
 * {@code rectangle} (centre_mm [x, y], size_mm [w, h], rotation_deg), {@code ellipsoid} (centre_mm [x, y, z],
 * semi_axes_mm [a, b, c], rotation_deg or euler_deg [φ, θ, ψ] z-y-z), {@code box} (centre_mm, size_mm
 * [x, y, z], rotation_deg or euler_deg), {@code cylinder} (centre_mm, radius_mm or semi_axes_mm [a, b],
 * length_mm, rotation_deg or euler_deg). Clip planes keep n·(p − centre) ≤ distance_mm, with the normal
 * given as {@code angle_deg} in the x–y plane (the FORBILD form) or as a vector {@code normal: [x, y, z]}.
 */
public final class PhantomLoader {

    private static final double MM = 1e-3;
    private static final List<String> TOP_KEYS = List.of("name", "title", "dimension", "units", "description",
            "source", "mode", "regions", "rois");
    private static final List<String> ROI_KEYS = List.of("name", "x_mm", "y_mm", "z_mm", "r_mm");
    private static final List<String> MODES = List.of("add", "replace");

    private final TissueCatalog catalog;

    public PhantomLoader(TissueCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Loads a user's phantom file. */
    public AnalyticPhantom load(Path file) {
        try {
            return parse(Files.readString(file), file, stem(file.getFileName().toString()));
        } catch (IOException e) {
            throw new UserInputException("cannot read phantom file: " + e.getMessage(), file, 0, 0, null, null);
        }
    }

    /**
     * Parses phantom YAML text; {@code file} is only used in messages (a classpath resource passes its name),
     * {@code defaultName} names the phantom when the file has no {@code name} key.
     */
    public AnalyticPhantom parse(String text, Path file, String defaultName) {
        YamlNode root = YamlNode.parse(text, file);
        root.allowKeys(TOP_KEYS);
        String name = root.find("name").map(YamlNode::text).orElse(defaultName);
        YamlNode units = root.get("units");
        if (!units.text().equals("mm")) {
            throw units.error("unsupported units '" + units.text() + "'", "phantom files use 'mm'");
        }
        int dimension = root.get("dimension").integer();
        if (dimension != 2 && dimension != 3) {
            throw root.get("dimension").error("dimension must be 2 or 3, got " + dimension, null);
        }
        Region.Mode defaultMode = root.find("mode").map(PhantomLoader::mode).orElse(Region.Mode.REPLACE);
        List<YamlNode> regionNodes = root.get("regions").list();
        if (regionNodes.isEmpty()) {
            throw root.get("regions").error("a phantom needs at least one region", null);
        }
        List<Region> regions = new ArrayList<>();
        for (YamlNode r : regionNodes) {
            regions.add(region(r, defaultMode, dimension));
        }
        List<Roi> rois = new ArrayList<>();
        if (root.has("rois")) {
            for (YamlNode r : root.get("rois").list()) {
                rois.add(roi(r));
            }
        }
        return new AnalyticPhantom(name, regions, rois);
    }

    private Region region(YamlNode r, Region.Mode defaultMode, int dimension) {
        r.allowKeys(RegionShapeReader.REGION_KEYS);
        Shape shape = RegionShapeReader.shape(r, dimension);
        Tissue tissue = tissue(r.get("tissue"));
        double weight = r.find("weight").map(YamlNode::number).orElse(1.0);
        Region.Mode mode = r.find("mode").map(PhantomLoader::mode).orElse(defaultMode);
        return new Region(shape, tissue, weight, mode);
    }

    private Tissue tissue(YamlNode node) {
        String name = node.text();
        return catalog.find(name).orElseThrow(() ->
                node.error("unknown tissue '" + name + "'", ClosestName.hint(name, catalog.names())));
    }

    private static Region.Mode mode(YamlNode node) {
        String m = node.text();
        if (!MODES.contains(m)) {
            throw node.error("unknown mode '" + m + "'", ClosestName.hint(m, MODES));
        }
        return Region.Mode.valueOf(m.toUpperCase(Locale.ROOT));
    }

    private static Roi roi(YamlNode r) {
        r.allowKeys(ROI_KEYS);
        double radius = r.get("r_mm").number();
        if (!(radius > 0)) {
            throw r.get("r_mm").error("ROI radius must be > 0 mm, got " + radius, null);
        }
        return new Roi(r.get("name").text(), r.get("x_mm").number() * MM, r.get("y_mm").number() * MM,
                r.find("z_mm").map(YamlNode::number).orElse(0.0) * MM, radius * MM);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
