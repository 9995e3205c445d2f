package org.modalis.training.exercise;

import org.modalis.physics.Rng;

/**
 * How lesions are drawn for an exercise: each case gets a shape, size, contrast and position drawn
 * uniformly from these ranges, and is lesion-free with probability {@code absentProbability}.
 *
 * @param shape             disc (a cylinder along z in a 3-D phantom), sphere, or ellipse
 * @param diameterMm        [min, max] diameter (ellipse: major axis) [mm]
 * @param aspect            ellipse only: [min, max] minor/major axis ratio, in (0, 1]
 * @param tissue            the lesion's tissue (phantoms/tissues)
 * @param weight            null: the lesion REPLACES what is there with {@code tissue}; else [min, max]
 *                          fraction of {@code tissue} ADDED on top, i.e. a contrast range (0.01 of water in
 *                          CT adds ≈ 10 HU)
 * @param centreMm          centre [x, y] of the disc of allowed lesion centres [mm]
 * @param radiusMm          radius of that disc [mm] (0: a fixed position)
 * @param absentProbability probability that a case has no lesion, in [0, 1]
 */
public record LesionModel(String shape, double[] diameterMm, double[] aspect, String tissue, double[] weight,
                          double[] centreMm, double radiusMm, double absentProbability) {

    public LesionModel {
        if (!java.util.List.of("disc", "sphere", "ellipse").contains(shape)) {
            throw new IllegalArgumentException("lesion shape must be disc, sphere or ellipse, got " + shape);
        }
        requireRange("diameter_mm", diameterMm, Double.MAX_VALUE);
        requireRange("aspect", aspect, 1);
        if (weight != null) {
            requireRange("weight", weight, Double.MAX_VALUE);
        }
        if (!(radiusMm >= 0) || !(absentProbability >= 0 && absentProbability <= 1)) {
            throw new IllegalArgumentException("location radius must be ≥ 0 mm and absent_probability in [0, 1], got "
                    + radiusMm + " mm, " + absentProbability);
        }
    }

    private static void requireRange(String name, double[] r, double max) {
        if (r == null || r.length != 2 || !(r[0] > 0) || !(r[1] >= r[0]) || r[1] > max) {
            throw new IllegalArgumentException(name + " must be [min, max] with 0 < min ≤ max ≤ " + max + ", got "
                    + java.util.Arrays.toString(r));
        }
    }

    /**
     * Draws one case's lesion. Every random number is drawn whether or not it is used, so the lesion of
     * case i does not depend on the ranges' use elsewhere, and a lesion-absent case keeps the would-be
     * lesion (the model observer's template for that case).
     */
    public Lesion draw(Rng rng) {
        boolean present = rng.uniform() >= absentProbability;
        double d = between(diameterMm, rng.uniform());
        double minor = shape.equals("ellipse") ? d * between(aspect, rng.uniform()) : d;
        double rotation = shape.equals("ellipse") ? 180 * rng.uniform() : 0;
        double w = weight == null ? Double.NaN : between(weight, rng.uniform());
        // uniform over the disc: r = R√u (the area element grows with r)
        double r = radiusMm * Math.sqrt(rng.uniform());
        double phi = 2 * Math.PI * rng.uniform();
        return new Lesion(present, shape, centreMm[0] + r * Math.cos(phi), centreMm[1] + r * Math.sin(phi), d, minor,
                rotation, tissue, w);
    }

    private static double between(double[] range, double u) {
        return range[0] + (range[1] - range[0]) * u;
    }
}
