package org.modalis.phantom;

import org.modalis.ClosestName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the {@link Shape} of one region entry of a phantom file (see {@link PhantomLoader} for the keys). */
final class RegionShapeReader {

    private static final double MM = 1e-3;
    static final List<String> REGION_KEYS = List.of("shape", "tissue", "weight", "mode", "label", "centre_mm",
            "semi_axes_mm", "size_mm", "radius_mm", "length_mm", "rotation_deg", "euler_deg", "clip");
    static final List<String> SHAPES = List.of("ellipse", "rectangle", "ellipsoid", "box", "cylinder");
    private static final List<String> CLIP_KEYS = List.of("angle_deg", "normal", "distance_mm");
    private static final Set<String> COMMON = Set.of("shape", "tissue", "weight", "mode", "label", "centre_mm", "clip");

    private RegionShapeReader() {
    }

    /** The shape of region entry r; a 2-D phantom ({@code dimension == 2}) admits only ellipse and rectangle. */
    static Shape shape(YamlNode r, int dimension) {
        YamlNode type = r.get("shape");
        String s = type.text();
        if (!SHAPES.contains(s)) {
            throw type.error("unknown shape '" + s + "'", ClosestName.hint(s, SHAPES));
        }
        if (dimension == 2 && !s.equals("ellipse") && !s.equals("rectangle")) {
            throw type.error("shape '" + s + "' is 3-D but the phantom has dimension: 2",
                    "use ellipse or rectangle, or declare dimension: 3");
        }
        double[] c = r.get("centre_mm").numbers(s.equals("ellipse") || s.equals("rectangle") ? new int[] {2}
                : s.equals("cylinder") ? new int[] {2, 3} : new int[] {3});
        double cx = c[0] * MM, cy = c[1] * MM, cz = c.length > 2 ? c[2] * MM : 0;
        List<ClipPlane> clips = clips(r, cx, cy, cz);
        switch (s) {
            case "ellipse" -> {
                only(r, "semi_axes_mm", "rotation_deg");
                double[] ab = positive(r.get("semi_axes_mm"), 2);
                return new Ellipse(cx, cy, ab[0] * MM, ab[1] * MM, angle(r), clips);
            }
            case "rectangle" -> {
                only(r, "size_mm", "rotation_deg");
                double[] wh = positive(r.get("size_mm"), 2);
                return new Rectangle(cx, cy, wh[0] * MM, wh[1] * MM, angle(r), clips);
            }
            case "ellipsoid" -> {
                only(r, "semi_axes_mm", "rotation_deg", "euler_deg");
                double[] abc = positive(r.get("semi_axes_mm"), 3);
                return new Ellipsoid(pose(r, cx, cy, cz), abc[0] * MM, abc[1] * MM, abc[2] * MM, clips);
            }
            case "box" -> {
                only(r, "size_mm", "rotation_deg", "euler_deg");
                double[] size = positive(r.get("size_mm"), 3);
                return new Box(pose(r, cx, cy, cz), size[0] * MM, size[1] * MM, size[2] * MM, clips);
            }
            case "cylinder" -> {
                return cylinder(r, cx, cy, cz, clips);
            }
            default -> throw type.error("unknown shape '" + s + "'", ClosestName.hint(s, SHAPES));
        }
    }

    private static Shape cylinder(YamlNode r, double cx, double cy, double cz, List<ClipPlane> clips) {
        only(r, "radius_mm", "semi_axes_mm", "length_mm", "rotation_deg", "euler_deg");
        double a, b;
        if (r.has("radius_mm")) {
            if (r.has("semi_axes_mm")) {
                throw r.get("semi_axes_mm").error("give either radius_mm or semi_axes_mm, not both", null);
            }
            a = b = positive(r.get("radius_mm"));
        } else {
            double[] ab = positive(r.get("semi_axes_mm"), 2);
            a = ab[0];
            b = ab[1];
        }
        double length = positive(r.get("length_mm"));
        return new Cylinder(pose(r, cx, cy, cz), a * MM, b * MM, length * MM, clips);
    }

    /** Rejects keys that the shape does not use (a size_mm on an ellipse is a mistake, not a no-op). */
    private static void only(YamlNode r, String... specific) {
        List<String> allowed = new ArrayList<>(COMMON);
        allowed.addAll(List.of(specific));
        for (String key : REGION_KEYS) {
            if (!allowed.contains(key) && r.has(key)) {
                throw r.get(key).error("key '" + key + "' is not used by shape '" + r.get("shape").text() + "'",
                        "its keys: " + String.join(", ", specific));
            }
        }
    }

    private static double angle(YamlNode r) {
        return Math.toRadians(r.find("rotation_deg").map(YamlNode::number).orElse(0.0));
    }

    private static Pose pose(YamlNode r, double cx, double cy, double cz) {
        if (r.has("euler_deg")) {
            if (r.has("rotation_deg")) {
                throw r.get("euler_deg").error("give either rotation_deg or euler_deg, not both", null);
            }
            double[] e = r.get("euler_deg").numbers(3);
            return Pose.euler(cx, cy, cz, Math.toRadians(e[0]), Math.toRadians(e[1]), Math.toRadians(e[2]));
        }
        return Pose.aboutZ(cx, cy, cz, angle(r));
    }

    private static List<ClipPlane> clips(YamlNode r, double cx, double cy, double cz) {
        List<ClipPlane> out = new ArrayList<>();
        if (!r.has("clip")) {
            return out;
        }
        for (YamlNode c : r.get("clip").list()) {
            c.allowKeys(CLIP_KEYS);
            double d = c.get("distance_mm").number() * MM;
            if (c.has("angle_deg") == c.has("normal")) {
                throw c.error("a clip plane needs exactly one of angle_deg or normal", null);
            }
            if (c.has("angle_deg")) {
                out.add(ClipPlane.inPlane(cx, cy, Math.toRadians(c.get("angle_deg").number()), d));
            } else {
                double[] n = c.get("normal").numbers(3);
                double len = Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
                if (!(len > 0)) {
                    throw c.get("normal").error("clip normal must be non-zero", null);
                }
                out.add(new ClipPlane(n[0], n[1], n[2], d * len + n[0] * cx + n[1] * cy + n[2] * cz));
            }
        }
        return out;
    }

    private static double positive(YamlNode n) {
        double v = n.number();
        if (!(v > 0)) {
            throw n.error("must be > 0 mm, got " + v, null);
        }
        return v;
    }

    private static double[] positive(YamlNode n, int count) {
        double[] v = n.numbers(count);
        for (double x : v) {
            if (!(x > 0)) {
                throw n.error("every entry must be > 0 mm, got " + x, null);
            }
        }
        return v;
    }
}
