package org.modalis.mri;

/**
 * A static field inhomogeneity expressed as a resonance offset map that is linear in space,
 * Δf(x, y) = f₀ + g_x·x + g_y·y [Hz] (a centre-frequency error and first-order shim errors, or the
 * slowly varying part of a susceptibility field). Linear maps keep the k-space analytic: a sample taken τ
 * after the echo reads e^(−2πif₀τ)·ρ̂(k + g·τ), so the image is shifted by f₀/BW_pixel pixels and stretched or
 * sheared along readout by Δx = Δf(x)/BW_pixel pixels — the off-resonance distortion of
 * Jezzard &amp; Balaban, MRM 34 (1995) 65.
 *
 * @param offsetHz   f₀ [Hz], |f₀| ≤ 10 000
 * @param gxHzPerM   g_x [Hz/m], |g| ≤ 100 000 (100 Hz/mm)
 * @param gyHzPerM   g_y [Hz/m], |g| ≤ 100 000
 */
public record ShimField(double offsetHz, double gxHzPerM, double gyHzPerM) {

    /** A perfectly shimmed magnet. */
    public static final ShimField NONE = new ShimField(0, 0, 0);

    public ShimField {
        if (!(Math.abs(offsetHz) <= 10_000)) {
            throw new IllegalArgumentException("field offset must be in [−10000, 10000] Hz, got " + offsetHz);
        }
        if (!(Math.abs(gxHzPerM) <= 1e5 && Math.abs(gyHzPerM) <= 1e5)) {
            throw new IllegalArgumentException("field gradients must be in [−100, 100] Hz/mm, got " + gxHzPerM / 1e3
                    + ", " + gyHzPerM / 1e3);
        }
    }

    /** Δf at (x, y) [Hz]. */
    public double offsetAt(double x, double y) {
        return offsetHz + gxHzPerM * x + gyHzPerM * y;
    }

    public boolean isNone() {
        return offsetHz == 0 && gxHzPerM == 0 && gyHzPerM == 0;
    }
}
