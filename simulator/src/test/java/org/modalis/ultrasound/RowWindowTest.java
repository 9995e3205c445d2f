package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The window's multiply-adds give, bit for bit, what the loop reading the row at an offset gave (the tables' bytes do
 * not change), and the window grows to the longest row asked for.
 */
class RowWindowTest {

    @Test
    void sameBitsAsTheOffsetLoop() {
        Random r = new Random(7);
        int length = 700;
        float[] er = new float[length], ei = new float[length];
        for (int i = 0; i < length; i++) {
            er[i] = (float) r.nextGaussian();
            ei[i] = (float) r.nextGaussian();
        }
        RowWindow w = new RowWindow();
        for (int n : new int[] {1, 17, 301, 600}) {
            int from = length - n - 3;
            float[] sr = new float[n], si = new float[n], rr = new float[n], ri = new float[n];
            for (int i = 0; i < n; i++) {
                sr[i] = rr[i] = (float) r.nextGaussian();
                si[i] = ri[i] = (float) r.nextGaussian();
            }
            float vr = 0.37f, vi = -1.3f, t = 0.81f;
            w.copy(er, ei, from, n).addTo(vr, vi, sr, si, n);
            w.addTo(t, sr, si, n);
            for (int i = 0; i < n; i++) { // the loops as they were before the window
                float a = er[from + i], b = ei[from + i];
                rr[i] += vr * a - vi * b;
                ri[i] += vr * b + vi * a;
            }
            for (int i = 0; i < n; i++) {
                rr[i] += t * er[from + i];
                ri[i] += t * ei[from + i];
            }
            assertArrayEquals(rr, sr, "re, n = " + n);
            assertArrayEquals(ri, si, "im, n = " + n);
            assertTrue(w.re.length >= n, "the window grew to the row");
        }
    }
}
