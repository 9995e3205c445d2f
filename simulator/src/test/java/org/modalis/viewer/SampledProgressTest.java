package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * When the progress bar changes: a run shows from 150 ms into it, steps every 125 ms from 250 ms on and ends at once;
 * a faster run never shows.
 */
class SampledProgressTest {

    private static final long MS = 1_000_000L;

    @Test
    void aSlowRunShowsStepsAndEnds() {
        SampledProgress shown = new SampledProgress();
        RunProgress p = new RunProgress();
        long t0 = 5_000 * MS;
        shown.update(false, p, t0);
        assertFalse(shown.busy());
        p.start("acquire", 100);
        shown.update(true, p, t0 + MS);
        assertFalse(shown.busy(), "not shown at once");
        p.advance(10);
        shown.update(true, p, t0 + 149 * MS);
        assertFalse(shown.busy(), "nor before 150 ms");
        shown.update(true, p, t0 + 151 * MS);
        assertTrue(shown.busy(), "shown from 150 ms");
        assertEquals(0.1f, shown.fraction(), 1e-6f);
        p.advance(30);
        shown.update(true, p, t0 + 240 * MS);
        assertEquals(0.1f, shown.fraction(), 1e-6f, "no step before a quarter of a second");
        shown.update(true, p, t0 + 280 * MS);
        assertEquals(0.4f, shown.fraction(), 1e-6f, "the first step from a quarter of a second");
        p.advance(20);
        shown.update(true, p, t0 + 330 * MS);
        assertEquals(0.4f, shown.fraction(), 1e-6f, "then every 125 ms");
        shown.update(true, p, t0 + 406 * MS);
        assertEquals(0.6f, shown.fraction(), 1e-6f);
        p.finish();
        shown.update(false, p, t0 + 407 * MS);
        assertFalse(shown.busy(), "the end shows at once");
    }

    @Test
    void aFastRunNeverShowsAndTheNextCountsFromItsOwnStart() {
        SampledProgress shown = new SampledProgress();
        RunProgress p = new RunProgress();
        long t0 = 9_000 * MS;
        p.start("acquire", 10);
        shown.update(true, p, t0);
        shown.update(true, p, t0 + 100 * MS);
        p.finish();
        shown.update(false, p, t0 + 120 * MS);
        assertFalse(shown.busy(), "a 120 ms run shows only its result");
        p.start("acquire", 10);
        shown.update(true, p, t0 + 1_000 * MS);
        shown.update(true, p, t0 + 1_140 * MS);
        assertFalse(shown.busy());
        shown.update(true, p, t0 + 1_160 * MS);
        assertTrue(shown.busy());
    }
}
