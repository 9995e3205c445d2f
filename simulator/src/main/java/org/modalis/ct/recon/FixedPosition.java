package org.modalis.ct.recon;

/**
 * Sample positions along an image row, p(i) = base + i·dp, held in 32.32 fixed point for parallel-beam
 * backprojection: stepping a {@code long} by a constant is exact and needs no float→int conversion per
 * pixel, which makes the inner loop ≈ 1.3× faster than {@code (int) (base + i·dp)} on this machine
 * (docs/performance.md). The step is rounded once to 2⁻³² samples, so after a 4096-pixel row the position is
 * within 10⁻⁶ samples of the exact value — closer than the float expression, whose rounding reaches 3·10⁻⁵
 * samples at p ≈ 500. Shared by {@link CpuBackprojector} and {@link PixelDrivenProjector}, which stay exact
 * transposes.
 */
final class FixedPosition {

    private static final double ONE = 0x1p32;

    private FixedPosition() {
    }

    /** p(i) in 32.32 fixed point (p ≥ 0). */
    static long at(float base, float dp, int i) {
        return (long) Math.floor(((double) base + (double) i * dp) * ONE);
    }

    /** dp in 32.32 fixed point. */
    static long step(float dp) {
        return Math.round((double) dp * ONE);
    }

    /** The sample index k = ⌊p⌋. */
    static int index(long p) {
        return (int) (p >> 32);
    }

    /** The interpolation weight p − k ∈ [0, 1). */
    static float fraction(long p) {
        return (p & 0xFFFFFFFFL) * 0x1p-32f;
    }
}
