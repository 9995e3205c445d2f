package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * When the progress bar changes: a run shows from 300 ms into it, steps every 125 ms from 450 ms on and ends at once;
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
        shown.update(true, p, t0 + 299 * MS);
        assertFalse(shown.busy(), "nor before 300 ms");
        shown.update(true, p, t0 + 301 * MS);
        assertTrue(shown.busy(), "shown from 300 ms");
        assertEquals(0.1f, shown.fraction(), 1e-6f);
        p.advance(30);
        shown.update(true, p, t0 + 440 * MS);
        assertEquals(0.1f, shown.fraction(), 1e-6f, "no step before 450 ms");
        shown.update(true, p, t0 + 460 * MS);
        assertEquals(0.4f, shown.fraction(), 1e-6f, "the first step from 450 ms");
        p.advance(20);
        shown.update(true, p, t0 + 520 * MS);
        assertEquals(0.4f, shown.fraction(), 1e-6f, "then every 125 ms");
        shown.update(true, p, t0 + 586 * MS);
        assertEquals(0.6f, shown.fraction(), 1e-6f);
        p.finish();
        shown.update(false, p, t0 + 587 * MS);
        assertFalse(shown.busy(), "the end shows at once");
    }

    @Test
    void aFastRunNeverShowsAndTheNextCountsFromItsOwnStart() {
        SampledProgress shown = new SampledProgress();
        RunProgress p = new RunProgress();
        long t0 = 9_000 * MS;
        p.start("acquire", 10);
        shown.update(true, p, t0);
        shown.update(true, p, t0 + 250 * MS);
        p.finish();
        shown.update(false, p, t0 + 280 * MS);
        assertFalse(shown.busy(), "a 280 ms run shows only its result");
        p.start("acquire", 10);
        shown.update(true, p, t0 + 1_000 * MS);
        shown.update(true, p, t0 + 1_290 * MS);
        assertFalse(shown.busy());
        shown.update(true, p, t0 + 1_310 * MS);
        assertTrue(shown.busy());
    }
}
