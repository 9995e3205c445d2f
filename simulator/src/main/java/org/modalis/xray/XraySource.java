package org.modalis.xray;

/**
 * The emitting side of the beam: the focal spot and, optionally, the heel effect's per-row spectral factors.
 *
 * @param focalSpot   the focal spot's size and shape
 * @param heelFactors rows × bins fluence factors from {@link HeelEffect#rowFactors}, or {@code null} for none
 * @param collimator  the collimated field
 */
public record XraySource(FocalSpot focalSpot, double[] heelFactors, Collimator collimator) {

    /** A point source without heel effect, uncollimated. */
    public static final XraySource POINT = new XraySource(FocalSpot.POINT, null, Collimator.OPEN);

    public XraySource {
        java.util.Objects.requireNonNull(focalSpot, "focalSpot");
        java.util.Objects.requireNonNull(collimator, "collimator");
    }

    /** Point source, no heel, uncollimated, with this focal spot and heel. */
    public XraySource(FocalSpot focalSpot, double[] heelFactors) {
        this(focalSpot, heelFactors, Collimator.OPEN);
    }

    /** The heel factor of row j, bin e; 1 without heel effect. */
    double heel(int j, int e, int bins) {
        return heelFactors == null ? 1 : heelFactors[j * bins + e];
    }
}
