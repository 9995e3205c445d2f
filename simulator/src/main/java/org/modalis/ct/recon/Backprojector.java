package org.modalis.ct.recon;

import org.modalis.ct.CtGeometry;
import org.modalis.image.Grid;

/**
 * The FBP backprojection operator, the CPU/GPU twin contract. For every pixel centre P of the 2-D grid
 * (x = (i + 0.5 − nx/2)·dx, y likewise; row j ↔ y, column i ↔ x):
 * <pre>
 *   out[P] = Σ_v Δ · W_v(P) · s_v(b_v(P))
 * </pre>
 * with Δ = |angular step| [rad], b_v(P) the fractional bin index hit by the ray through P in view v,
 * s_v(b) the linear interpolation between bin centres (bin k's value sits at b = k + 0.5; values beyond
 * the detector are 0), and W_v(P) the fan-beam distance weight of Kak &amp; Slaney: 1 (parallel), 1/L²
 * (arc detector; L = |P − source|, [1/m²]), 1/U² (flat detector; U = L·cos γ / D).
 *
 * <p>Implementations: {@link CpuBackprojector} (fast), {@link ReferenceBackprojector} (plain double
 * loops), and the GL twin {@code gpu.ct.GlBackprojector} (kernels {@code shaders/ct/backproject_*.comp}); {@link PixelDrivenProjector} is the
 * exact transpose of the CPU one.
 */
public interface Backprojector {

    /**
     * Backprojects a (filtered) sinogram of {@code g.views() × g.bins()} values into {@code out}
     * ({@code grid.nx() × grid.ny()}), overwriting it.
     */
    void backproject(float[] filteredSinogram, CtGeometry g, Grid grid, float[] out);

    /**
     * As {@link #backproject}, inside the circle of radius {@code fieldRadius} [m] about the isocentre only
     * (usually {@link ScanField#radius}): pixels whose centre lies outside are 0. Twins may skip them; this
     * default backprojects everything and clears them, which gives the same image.
     */
    default void backprojectScanField(float[] filteredSinogram, CtGeometry g, Grid grid, float[] out, double fieldRadius) {
        backproject(filteredSinogram, g, grid, out);
        ScanField.clearOutside(grid, fieldRadius, out);
    }

    /**
     * Ramp-filters the pre-weighted sinogram with {@code filter} and backprojects it, inside the circle of
     * radius {@code fieldRadius} [m] ({@link Double#POSITIVE_INFINITY} for the whole grid). This default
     * filters in Java and calls {@link #backproject}/{@link #backprojectScanField}; a GL twin may run both
     * stages on the device so the filtered sinogram never comes back to Java. {@code weighted} may be
     * overwritten.
     */
    default void filterAndBackproject(float[] weighted, RampFilter filter, CtGeometry g, Grid grid, float[] out,
                                      double fieldRadius) {
        filter.filter(weighted, g.views(), weighted);
        if (Double.isInfinite(fieldRadius)) {
            backproject(weighted, g, grid, out);
        } else {
            backprojectScanField(weighted, g, grid, out, fieldRadius);
        }
    }
}
