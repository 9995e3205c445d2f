package org.modalis.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.special.BesselJ;
import org.junit.jupiter.api.Test;

/** The tabulated g(q) = J₁(2πq)/q against commons-math's series J₁ (an independent implementation). */
class JincTableTest {

    @Test
    void tableMatchesCommonsMathOverTheWholeRange() {
        // Random q over the table and past its end, plus the small-q branch and the grid nodes' midpoints.
        Random random = new Random(5);
        double max = 0;
        for (int i = 0; i < 6000; i++) {
            double q = i < 100 ? i * 1e-3 : i < 4000 ? random.nextDouble() * 16 : random.nextDouble() * 1100;
            double ref = q == 0 ? Math.PI : BesselJ.value(1, 2 * Math.PI * q) / q;
            max = Math.max(max, Math.abs(JincTable.value(q) - ref));
        }
        // The brief's bound is 1e-6 of the peak g(0) = π; the cubic-Lagrange remainder bound is 5.3e-8 and the
        // tabulated rational J₁ adds ≤ 1e-8 (JincTable's javadoc): the measured maximum must be below 1e-7·π.
        assertTrue(max < 1e-7 * Math.PI, "max |error| " + max);
    }

    @Test
    void peakAndFirstZero() {
        // g(0) = π exactly (Taylor branch of the tabulated value); J₁'s first zero is at x = 3.831705970207512.
        assertEquals(Math.PI, JincTable.value(0), 1e-15);
        assertEquals(0, JincTable.value(3.831705970207512 / (2 * Math.PI)), 2e-8);
    }
}
