package org.modalis.ultrasound;

/**
 * cos and sin by table lookup, 8192 entries per turn (nearest entry: phase error ≤ π/8192, an amplitude error
 * below −68 dB), because the pulse-echo simulation evaluates a phasor per element per source and
 * {@code Math.sin}/{@code cos} of large arguments cost tens of nanoseconds each. Immutable after construction.
 */
final class PhasorTable {

    private static final int SIZE = 8192;
    private static final double PER_RADIAN = SIZE / (2 * Math.PI);
    private final double[] cos = new double[SIZE];
    private final double[] sin = new double[SIZE];

    PhasorTable() {
        for (int i = 0; i < SIZE; i++) {
            cos[i] = Math.cos(i / PER_RADIAN);
            sin[i] = Math.sin(i / PER_RADIAN);
        }
    }

    private static int index(double phase) {
        return (int) Math.round(phase * PER_RADIAN) & (SIZE - 1);
    }

    double cos(double phase) {
        return cos[index(phase)];
    }

    double sin(double phase) {
        return sin[index(phase)];
    }
}
