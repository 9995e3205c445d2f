package org.modalis.xray;

/**
 * The emitting side of the beam: the focal spot and, optionally, the heel effect's per-row spectral factors.
 *
 * @param focalSpot   the focal spot's size and shape
 * @param heelFactors rows × bins fluence factors from {@link HeelEffect#rowFactors}, or {@code null} for none
 */
public record XraySource(FocalSpot focalSpot, double[] heelFactors) {

    /** A point source without heel effect. */
    public static final XraySource POINT = new XraySource(FocalSpot.POINT, null);

    public XraySource {
        java.util.Objects.requireNonNull(focalSpot, "focalSpot");
    }

    /** The heel factor of row j, bin e; 1 without heel effect. */
    double heel(int j, int e, int bins) {
        return heelFactors == null ? 1 : heelFactors[j * bins + e];
    }
}
