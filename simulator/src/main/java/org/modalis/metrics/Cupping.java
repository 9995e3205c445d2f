package org.modalis.metrics;

import org.modalis.image.Image;

/**
 * Cupping of a uniform cylinder, the signature of beam hardening: mean in a central disc minus mean in a
 * peripheral annulus, in the image's unit (HU for CT). Negative = cupping (the centre reads low because
 * the beam reaching it is harder), positive = capping (over-correction). The disc has radius
 * {@link Regions#centreFraction}·R; the annulus spans {@link Regions#innerFraction}–{@link Regions#outerFraction}
 * of R, staying clear of the edge, where partial volume and the reconstruction kernel's overshoot would
 * bias the periphery (0.75–0.9 R keeps 10 mm from the edge of a 20 cm water phantom).
 */
public final class Cupping {

    /**
     * Where the two means are taken, as fractions of the phantom radius R.
     *
     * @param centreFraction radius of the central disc / R, in (0, 1)
     * @param innerFraction  inner radius of the annulus / R, ≥ centreFraction
     * @param outerFraction  outer radius of the annulus / R, in (innerFraction, 1)
     */
    public record Regions(double centreFraction, double innerFraction, double outerFraction) {

        /** Disc 0.2 R, annulus 0.75–0.9 R. */
        public static final Regions DEFAULT = new Regions(0.2, 0.75, 0.9);

        public Regions {
            if (!(centreFraction > 0 && centreFraction <= innerFraction && innerFraction < outerFraction
                    && outerFraction < 1)) {
                throw new IllegalArgumentException("need 0 < centre ≤ inner < outer < 1 (fractions of the radius),"
                        + " got " + centreFraction + ", " + innerFraction + ", " + outerFraction);
            }
        }
    }

    private Cupping() {
    }

    /** Cupping of the uniform cylinder of radius {@code radius} [m] centred at (cx, cy) [m], slice 0. */
    public static Metric measure(Image image, double cx, double cy, double radius, Regions regions) {
        Roi centre = new CircularRoi(cx, cy, regions.centreFraction() * radius);
        Roi periphery = new AnnularRoi(cx, cy, regions.innerFraction() * radius, regions.outerFraction() * radius);
        RoiStatistics c = RoiStatistics.measure(image, centre);
        RoiStatistics p = RoiStatistics.measure(image, periphery);
        return new Metric("cupping", c.mean() - p.mean(), image.unit(),
                "mean(centre) − mean(periphery); negative = cupping; centre " + centre.describe() + " ("
                        + c.count() + " px), periphery " + periphery.describe() + " (" + p.count() + " px)");
    }
}
