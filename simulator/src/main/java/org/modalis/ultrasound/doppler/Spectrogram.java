package org.modalis.ultrasound.doppler;

import java.util.Objects;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/**
 * Doppler power over time × velocity: {@code power[c·bins + j]} is the power of window (column) c at displayed
 * frequency f_j = firstFrequencyHz + j·binHz, i.e. angle-corrected velocity {@code scale.velocity(f_j)}.
 *
 * @param power linear power, column-major in time (time × velocity, C order)
 * @param columns number of time columns
 * @param bins number of frequency bins per column (the FFT length)
 * @param times centre time of each column [s] since the first pulse
 * @param firstFrequencyHz frequency of bin 0 [Hz]
 * @param binHz bin spacing PRF/N [Hz]
 * @param scale frequency ↔ velocity conversion
 */
public record Spectrogram(float[] power, int columns, int bins, double[] times, double firstFrequencyHz, double binHz,
        DopplerScale scale) {

    public Spectrogram {
        Objects.requireNonNull(scale, "scale");
        if (power.length != columns * bins || times.length != columns) {
            throw new IllegalArgumentException("spectrogram of " + columns + "×" + bins + " needs as many samples");
        }
    }

    /** Doppler frequency of bin j [Hz]. */
    public double frequency(int j) {
        return firstFrequencyHz + j * binHz;
    }

    /** Angle-corrected velocity of bin j [m/s]. */
    public double velocity(int j) {
        return scale.velocity(frequency(j));
    }

    /** Power of column c, bin j. */
    public double power(int c, int j) {
        return power[c * bins + j];
    }

    /** The time-averaged power spectrum, per bin. */
    public double[] averageSpectrum() {
        double[] avg = new double[bins];
        for (int c = 0; c < columns; c++) {
            for (int j = 0; j < bins; j++) {
                avg[j] += power[c * bins + j];
            }
        }
        for (int j = 0; j < bins; j++) {
            avg[j] /= columns;
        }
        return avg;
    }

    /**
     * Power in dB relative to the largest value, floored at −dynamicRangeDb: a time × velocity array
     * ({@code [columns][bins]}) for NPY export and plotting.
     */
    public float[][] decibels(double dynamicRangeDb) {
        float[] flat = decibelsFlat(dynamicRangeDb);
        float[][] rows = new float[columns][bins];
        for (int c = 0; c < columns; c++) {
            System.arraycopy(flat, c * bins, rows[c], 0, bins);
        }
        return rows;
    }

    /** {@link #decibels} flattened in C order (shape {columns, bins}), ready for {@code NpyWriter.writeFloat32}. */
    public float[] decibelsFlat(double dynamicRangeDb) {
        if (!(dynamicRangeDb > 0 && dynamicRangeDb <= 200)) {
            throw new IllegalArgumentException("dynamic range must be in (0, 200] dB, got " + dynamicRangeDb);
        }
        float max = 0;
        for (float p : power) {
            max = Math.max(max, p);
        }
        float[] db = new float[power.length];
        for (int i = 0; i < power.length; i++) {
            double v = max > 0 ? 10 * Math.log10(power[i] / max) : -dynamicRangeDb;
            db[i] = (float) Math.max(-dynamicRangeDb, v);
        }
        return db;
    }

    /** NPY shape of {@link #decibelsFlat}: {columns, bins}. */
    public int[] shape() {
        return new int[] {columns, bins};
    }

    /**
     * The display picture: x = time (column), y = velocity (bin, increasing upwards on a
     * {@code LARGEST_Y_AT_TOP} PNG), in dB through the window [−dynamicRange, 0]. The grid spacing is one pixel
     * (1 m nominal) because its axes are time and velocity, not space: read them from {@link #times()} and
     * {@link #velocity(int)}.
     */
    public Image toImage(double dynamicRangeDb) {
        float[] db = decibelsFlat(dynamicRangeDb);
        float[] data = new float[db.length];
        for (int c = 0; c < columns; c++) {
            for (int j = 0; j < bins; j++) {
                data[c + columns * j] = db[c * bins + j];
            }
        }
        return new Image(new Grid(columns, bins, 1, 1, 1, 1), data, "Doppler power", "dB",
                new Window(-dynamicRangeDb / 2, dynamicRangeDb));
    }

    /** Power-weighted mean velocity of each column [m/s] (the mean-frequency envelope). */
    public double[] meanVelocityEnvelope() {
        double[] out = new double[columns];
        for (int c = 0; c < columns; c++) {
            double sum = 0;
            double weighted = 0;
            for (int j = 0; j < bins; j++) {
                sum += power(c, j);
                weighted += power(c, j) * velocity(j);
            }
            out[c] = sum > 0 ? weighted / sum : 0;
        }
        return out;
    }

    /**
     * Maximum-velocity envelope by the percentile method: for each column, the velocity below which
     * {@code fraction} of the column's power lies (e.g. 0.95; robust to the speckle of single spectra, unlike a
     * threshold crossing — Evans &amp; McDicken 2000, §8.4).
     */
    public double[] maxVelocityEnvelope(double fraction) {
        double[] out = new double[columns];
        for (int c = 0; c < columns; c++) {
            out[c] = percentileVelocity(column(c), fraction);
        }
        return out;
    }

    /** The velocity below which {@code fraction} of the power of {@code spectrum} lies (linear within a bin). */
    public double percentileVelocity(double[] spectrum, double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("percentile fraction must be in (0, 1), got " + fraction);
        }
        double total = 0;
        for (double p : spectrum) {
            total += p;
        }
        double target = fraction * total;
        double run = 0;
        for (int j = 0; j < bins; j++) {
            if (run + spectrum[j] >= target && spectrum[j] > 0) {
                double f = (target - run) / spectrum[j]; // bin j spans velocity(j) ± half a bin
                return scale.velocity(frequency(j) + (f - 0.5) * binHz);
            }
            run += spectrum[j];
        }
        return velocity(bins - 1);
    }

    /** Power-weighted mean velocity of {@code spectrum} on this axis [m/s]. */
    public double meanVelocity(double[] spectrum) {
        double sum = 0;
        double weighted = 0;
        for (int j = 0; j < bins; j++) {
            sum += spectrum[j];
            weighted += spectrum[j] * velocity(j);
        }
        return weighted / sum;
    }

    /** The power spectrum of column c. */
    public double[] column(int c) {
        double[] out = new double[bins];
        for (int j = 0; j < bins; j++) {
            out[j] = power(c, j);
        }
        return out;
    }
}
