package org.modalis.mri;

import java.util.Objects;

/**
 * Raw Cartesian k-space of one slice: complex samples S(k_p, k_r) stored row-major as interleaved
 * (re, im) floats, rows = phase-encoding lines, columns = readout samples. Sample (p, r) lies at
 * k_p = (p − N_p/2)·Δk_p and k_r = (r − N_r/2)·Δk_r [cycles/m]: the centre of k-space is at (N_p/2, N_r/2).
 *
 * @param phaseLines   number of rows N_p
 * @param readSamples  number of columns N_r
 * @param dkPhase      phase-encoding step [cycles/m] (1/FOV_phase)
 * @param dkRead       readout step [cycles/m] (1/FOV_read,acquired)
 * @param data         2·N_p·N_r floats, (re, im) pairs [a.u.·m²]
 */
public record KSpace(int phaseLines, int readSamples, double dkPhase, double dkRead, float[] data) {

    public KSpace {
        Objects.requireNonNull(data, "data");
        if (phaseLines < 1 || readSamples < 1 || data.length != 2L * phaseLines * readSamples) {
            throw new IllegalArgumentException("k-space " + phaseLines + " × " + readSamples + " needs "
                    + 2L * phaseLines * readSamples + " floats, got " + data.length);
        }
    }

    /** Frequency [cycles/m] of phase row p. */
    public double kPhase(int p) {
        return (p - phaseLines / 2) * dkPhase;
    }

    /** Frequency [cycles/m] of readout column r. */
    public double kRead(int r) {
        return (r - readSamples / 2) * dkRead;
    }

    /** Offset in {@link #data()} of the real part of sample (p, r). */
    public int offset(int p, int r) {
        return 2 * (p * readSamples + r);
    }
}
