package org.modalis.xray;

/**
 * The collimated field, a rectangle centred on the central ray, given by its size in the detector plane (the
 * light-field size a radiographer sets); 0 for a side means "the whole detector". No photons leave outside it,
 * so the kerma–area product and the scattering volume both shrink with it.
 *
 * @param widthXM field width along x at the detector [m], 0 or 1 cm … 1 m
 * @param widthZM field height along z at the detector [m], 0 or 1 cm … 1 m
 */
public record Collimator(double widthXM, double widthZM) {

    /** No collimation inside the detector. */
    public static final Collimator OPEN = new Collimator(0, 0);

    public Collimator {
        for (double w : new double[] {widthXM, widthZM}) {
            if (!(w == 0 || w >= 0.01 && w <= 1)) {
                throw new IllegalArgumentException("field size must be 0 (whole detector) or in [1, 100] cm, got " + w * 100 + " cm");
            }
        }
    }

    /** Whether detector point (x, z) [m] lies in the field. */
    public boolean contains(double x, double z) {
        return (widthXM == 0 || Math.abs(x) <= widthXM / 2) && (widthZM == 0 || Math.abs(z) <= widthZM / 2);
    }

    /** Field area at the detector plane [m²], each open side taken as the detector's. */
    public double areaM2(ProjectionGeometry g) {
        double wx = widthXM == 0 ? g.cols() * g.pitchM() : widthXM;
        double wz = widthZM == 0 ? g.rows() * g.pitchM() : widthZM;
        return wx * wz;
    }
}
