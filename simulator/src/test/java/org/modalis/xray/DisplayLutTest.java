package org.modalis.xray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayLutTest {

    @Test
    void logWindowAndGamma() {
        DisplayLut linear = new DisplayLut(1.0, 2.0, 1.0); // −ln t from 0 to 2 maps to 0 … 1
        assertEquals(0, linear.grey(1.0), 1e-12);
        assertEquals(0.5, linear.grey(Math.exp(-1)), 1e-12);
        assertEquals(1, linear.grey(Math.exp(-3)), 1e-12); // clamped
        DisplayLut gamma = new DisplayLut(1.0, 2.0, 2.0);
        assertEquals(0.25, gamma.grey(Math.exp(-1)), 1e-12); // 0.5²
        assertEquals(1, linear.grey(0), 1e-12); // a zero reading is floored, not NaN
    }
}
