package org.modalis.mri;

/**
 * Rigid in-plane translation d(t) = amplitude·sin(2πt/period) along the x or y axis (breathing, pulsation).
 * Each phase-encoding line sees the object at the position of its acquisition time, which modulates k-space
 * line by line and throws ghosts along the phase axis (Wood &amp; Henkelman, Med. Phys. 12 (1985) 143).
 *
 * @param amplitude peak displacement [m], 0 … 0.05
 * @param period    period of the motion [s], &gt; 0
 * @param alongY    true: motion along y (anterior–posterior); false: along x
 */
public record PeriodicMotion(double amplitude, double period, boolean alongY) {

    public PeriodicMotion {
        if (!(amplitude >= 0 && amplitude <= 0.05)) {
            throw new IllegalArgumentException("motion amplitude must be in [0, 0.05] m, got " + amplitude);
        }
        if (!(period > 0) || !Double.isFinite(period)) {
            throw new IllegalArgumentException("motion period must be positive [s], got " + period);
        }
    }

    /** Displacement [m] at time t [s]. */
    public double displacement(double t) {
        return amplitude * Math.sin(2 * Math.PI * t / period);
    }
}
