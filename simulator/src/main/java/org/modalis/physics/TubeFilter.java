package org.modalis.physics;

import java.util.Objects;
import org.modalis.tissue.XrayMaterial;

/**
 * A flat filter slab in the X-ray beam (added filtration: aluminium, copper, …, or any material).
 *
 * @param material    what the slab is made of
 * @param thicknessMm thickness along the central ray [mm], 0–100
 */
public record TubeFilter(XrayMaterial material, double thicknessMm) {

    public TubeFilter {
        Objects.requireNonNull(material, "material");
        if (!(thicknessMm >= 0 && thicknessMm <= 100)) {
            throw new IllegalArgumentException("filter thickness must be in [0, 100] mm, got " + thicknessMm + " mm of "
                    + material.name());
        }
    }

    /** Thickness [m]. */
    public double thicknessM() {
        return thicknessMm * 1e-3;
    }
}
