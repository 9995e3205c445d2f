package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the progress bar steps: at a run's start and end, and every 125 ms from a quarter of a second into it. */
class SampledProgressTest {

    private static final long MS = 1_000_000L;

    @Test
    void aRunShowsAtOnceStepsOnlyOnceItIsSlowAndEndsAtOnce() {
        SampledProgress shown = new SampledProgress();
        RunProgress p = new RunProgress();
        long t0 = 5_000 * MS;
        shown.update(false, p, t0);
        assertFalse(shown.busy());
        p.start("acquire", 100);
        shown.update(true, p, t0 + MS);
        assertTrue(shown.busy(), "a run shows as running at once");
        assertEquals(0f, shown.fraction());
        p.advance(40);
        shown.update(true, p, t0 + 200 * MS);
        assertEquals(0f, shown.fraction(), "no step before a quarter of a second, though 125 ms have passed");
        shown.update(true, p, t0 + 251 * MS);
        assertEquals(0.4f, shown.fraction(), 1e-6f, "the first step at a quarter of a second");
        p.advance(20);
        shown.update(true, p, t0 + 300 * MS);
        assertEquals(0.4f, shown.fraction(), 1e-6f, "then every 125 ms");
        shown.update(true, p, t0 + 380 * MS);
        assertEquals(0.6f, shown.fraction(), 1e-6f);
        p.finish();
        shown.update(false, p, t0 + 381 * MS);
        assertFalse(shown.busy(), "the end shows at once");
        // The next run counts its quarter second from its own start.
        p.start("acquire", 10);
        shown.update(true, p, t0 + 1_000 * MS);
        p.advance(5);
        shown.update(true, p, t0 + 1_200 * MS);
        assertEquals(0f, shown.fraction());
        shown.update(true, p, t0 + 1_260 * MS);
        assertEquals(0.5f, shown.fraction(), 1e-6f);
    }
}
