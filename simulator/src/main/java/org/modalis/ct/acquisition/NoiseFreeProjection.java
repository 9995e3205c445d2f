package org.modalis.ct.acquisition;

import org.modalis.ct.CtGeometry;

/**
 * The noise-free half of a CT acquisition: per detector element (index view·bins + bin), the mean reading
 * and its compound-Poisson variance [keV, keV²] at {@code masPerView}, before element gains, noise, the
 * floor and the log. Both scale linearly with the tube current–time product (the photon fluence does), so
 * one projection serves every mAs: {@link #scaledTo}. The arrays are not copied; nobody writes them after
 * {@link CtAcquisition#project} returns.
 */
public record NoiseFreeProjection(CtGeometry geometry, double masPerView, double[] mean, double[] variance) {

    public NoiseFreeProjection {
        int n = geometry.views() * geometry.bins();
        if (mean.length != n || variance.length != n) {
            throw new IllegalArgumentException("need " + n + " means and variances, got " + mean.length + " and " + variance.length);
        }
    }

    /** Factor to apply to the means (and the variances) for an exposure of {@code otherMasPerView}. */
    public double scaledTo(double otherMasPerView) {
        return otherMasPerView / masPerView;
    }
}
