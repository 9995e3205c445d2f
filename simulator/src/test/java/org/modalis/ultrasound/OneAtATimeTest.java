package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Every task runs exactly once, whatever the count, including none and one. */
class OneAtATimeTest {

    @Test
    void eachTaskOnce() {
        for (int n : new int[] {0, 1, 2, 3, 33, 1000}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(1, n));
            OneAtATime.forEach(n, t -> runs.incrementAndGet(t));
            for (int t = 0; t < n; t++) {
                assertEquals(1, runs.get(t), "task " + t + " of " + n);
            }
            if (n == 0) {
                assertEquals(0, runs.get(0), "no task runs when there are none");
            }
        }
    }
}
