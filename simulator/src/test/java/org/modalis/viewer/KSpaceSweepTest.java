package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.modalis.image.Window;
import org.modalis.mri.KSpace;

/** The k-space sweep and display: rows in acquisition order, zeros elsewhere, log magnitude, percentile windows. */
class KSpaceSweepTest {

    /** 4 lines × 2 samples; sample (p, r) = (10p + r + 1, 0). */
    private static KSpace ramp() {
        float[] d = new float[16];
        for (int p = 0; p < 4; p++) {
            for (int r = 0; r < 2; r++) {
                d[2 * (2 * p + r)] = 10 * p + r + 1;
            }
        }
        return new KSpace(4, 2, 1, 1, d);
    }

    @Test
    void partialKeepsTheAcquiredLinesAndZeroesTheRest() {
        KSpace k = ramp();
        // Partial Fourier starts at line 1; two lines acquired: rows 1 and 2 measured, rows 0 and 3 zero.
        KSpace part = KSpaceSweep.partial(k, 1, 2);
        float[] expected = new float[16];
        System.arraycopy(k.data(), k.offset(1, 0), expected, k.offset(1, 0), 8);
        assertArrayEquals(expected, part.data(), 0f);
        assertArrayEquals(k.data(), KSpaceSweep.partial(k, 0, 4).data(), 0f, "every line: the same k-space");
        assertThrows(IllegalArgumentException.class, () -> KSpaceSweep.partial(k, 1, 4));
    }

    @Test
    void logMagnitudeIsFlooredSixDecadesBelowTheMaximum() {
        KSpace k = new KSpace(1, 3, 1, 1, new float[] {3, 4, 0, 0, 1e-9f, 0});
        float[] log = KSpaceSweep.logMagnitude(k);
        // |3 + 4i| = 5: log10 5; zero and 1e-9 lie below 5e-6 and take the floor log10 5 − 6.
        assertEquals(Math.log10(5), log[0], 1e-6);
        assertEquals(Math.log10(5) - 6, log[1], 1e-6);
        assertEquals(Math.log10(5) - 6, log[2], 1e-6);
    }

    @Test
    void upToShowsTheMeasuredRowsOnly() {
        float[] values = {1, 2, 3, 4, 5, 6, 7, 8};
        float[] out = new float[8];
        KSpaceSweep.upTo(values, 2, 1, 2, -9, out);
        assertArrayEquals(new float[] {-9, -9, 3, 4, 5, 6, -9, -9}, out, 0f);
    }

    @Test
    void percentileWindowFollowsNumpysLinearPercentiles() {
        float[] data = new float[101];
        for (int i = 0; i <= 100; i++) {
            data[100 - i] = i; // order must not matter
        }
        // numpy.percentile(arange(101), [0.5, 99.5]) = [0.5, 99.5]
        Window w = PercentileWindow.of(data, 0.5, 99.5);
        assertEquals(50, w.level(), 1e-9);
        assertEquals(99, w.width(), 1e-9);
        Window flat = PercentileWindow.of(new float[] {2, 2, 2}, 0.5, 99.5);
        assertEquals(2, flat.level() - flat.width() / 2, 1e-9, "a constant image still gets a valid window");
        assertThrows(IllegalArgumentException.class, () -> PercentileWindow.of(data, 50, 10));
    }
}
