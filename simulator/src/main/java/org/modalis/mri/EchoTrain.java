package org.modalis.mri;

/**
 * The echo train of a fast spin echo (RARE, Hennig et al., Magn Reson Med 3 (1986) 823; Bernstein, King &amp; Zhou,
 * <i>Handbook of MRI Pulse Sequences</i>, 2004, §16.4): after one 90° excitation, {@code length} 180° refocusing
 * pulses at (j − ½)·ESP give spin echoes at j·ESP, j = 1 … ETL, each phase-encoded for another k-space line.
 *
 * @param length  echo train length ETL, 1 … 64 (1 is a conventional spin echo)
 * @param spacing echo spacing ESP [s], (0, 0.1]
 */
public record EchoTrain(int length, double spacing) {

    /** The longest train modelled. */
    public static final int MAX_LENGTH = 64;

    public EchoTrain {
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("echo train length (mri.etl) must be in [1, " + MAX_LENGTH + "], got " + length);
        }
        if (!(spacing > 0 && spacing <= 0.1)) {
            throw new IllegalArgumentException("echo spacing (mri.esp_ms) must be in (0, 100] ms, got " + spacing * 1e3 + " ms");
        }
    }

    /** Time of echo n (1 … ETL) after the excitation [s]: n·ESP. */
    public double echoTime(int n) {
        return n * spacing;
    }

    /** Time from the excitation to the last echo [s]: ETL·ESP. */
    public double duration() {
        return length * spacing;
    }

    /**
     * The echo number (1 … ETL) that falls at {@code te} [s], or 0 when te is not a multiple of ESP within
     * [ESP, ETL·ESP] (to 1e-6 of ESP, so a TE typed in ms matches exactly).
     */
    public int echoAt(double te) {
        double n = te / spacing;
        long rounded = Math.round(n);
        return rounded >= 1 && rounded <= length && Math.abs(n - rounded) < 1e-6 ? (int) rounded : 0;
    }
}
