package org.modalis.mri;

import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.phantom.AnalyticPhantom;

/**
 * The ideal image: |Σ_t c̄_t(x, y)·s_t| averaged over 4 × 4 sub-pixel points of each pixel, with c̄ the composition
 * averaged exactly over the slab thickness ({@link TruthComposition}: the partial volume an infinitely fine
 * acquisition would show), with no chemical shift, motion, truncation or noise.
 */
public final class SignalTruth {

    private SignalTruth() {
    }

    /** The truth of the slab [z₀ − T/2, z₀ + T/2] [m] for tissue signals {@code signal}. */
    public static Image rasterize(AnalyticPhantom phantom, double[] signal, Grid grid, double z0, double thickness) {
        return TruthComposition.of(phantom, grid, z0, thickness).render(signal);
    }
}
