package org.modalis.phantom;

import java.util.Objects;
import org.modalis.tissue.Tissue;

/**
 * One shape filled with a tissue, as an element of an {@link AnalyticPhantom}'s ordered list.
 *
 * @param shape  the geometry
 * @param tissue the material
 * @param weight the multiplier of the tissue's properties (1 for a plain material; Shepp–Logan ellipse
 *               values relative to water; 1.005 for a +0.5 % low-contrast disc)
 * @param mode   how the region combines with the regions listed before it
 */
public record Region(Shape shape, Tissue tissue, double weight, Mode mode) {

    /** How a region combines with what lies below it (the regions listed earlier). */
    public enum Mode {
        /** Adds weight × tissue to what is there: the superposition of Shepp &amp; Logan (1974). */
        ADD,
        /** Replaces everything below by weight × tissue: how physical material phantoms are built. */
        REPLACE
    }

    public Region {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(tissue, "tissue");
        Objects.requireNonNull(mode, "mode");
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("region weight must be finite (dimensionless), got " + weight);
        }
    }

    /** A plain material region: weight 1, replacing what lies below. */
    public static Region of(Shape shape, Tissue tissue) {
        return new Region(shape, tissue, 1.0, Mode.REPLACE);
    }
}
