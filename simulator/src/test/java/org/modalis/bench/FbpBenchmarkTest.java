package org.modalis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark's bookkeeping (no timing assertions: the machine is shared). */
class FbpBenchmarkTest {

    @Test
    void reportsTheCaseItRan() {
        FbpBenchmark.Result r = new FbpBenchmark(0, 3).run(32, 20);
        assertEquals(32, r.size());
        assertEquals(20, r.views());
        assertEquals(3, r.repeats());
        assertTrue(r.minSeconds() <= r.medianSeconds() && r.minSeconds() > 0);
        assertEquals(32.0 * 32 * 20 / r.medianSeconds(), r.pixelViewsPerSecond(), 1e-9 * r.pixelViewsPerSecond());
        assertTrue(r.describe().contains("32² ×  20 views"), r.describe());
    }

    @Test
    void rejectsNoRepeats() {
        assertThrows(IllegalArgumentException.class, () -> new FbpBenchmark(1, 0));
    }
}
