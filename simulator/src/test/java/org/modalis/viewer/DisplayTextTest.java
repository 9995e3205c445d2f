package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lessons' physics symbols reach the screen: kept where the shipped font has them, spelled otherwise. */
class DisplayTextTest {

    @Test
    void keepsTheSymbolsTheFontCovers() {
        String lesson = "air is −1000 HU; photoelectric ∝ Z³/E³; [1 … ∞] views, σ 5 HU, 3 mGy·cm; N ≳ (π/2)·N_bins over 180°; Δf → 0; μ ≤ 2";
        assertEquals(lesson, DisplayText.shown(lesson));
    }

    @Test
    void spellsOrReplacesWhatItDoesNot() {
        assertEquals("ok / x", DisplayText.shown("✓ / ✗"));
        assertEquals("?", DisplayText.shown("漢"));
    }

    /** The ranges are pairs, ascending, zero-terminated, and include Latin-1, Greek and the math operators. */
    @Test
    void rangesAreWellFormed() {
        short[] r = ViewerFont.RANGES;
        assertEquals(0, r[r.length - 1]);
        assertEquals(1, r.length % 2);
        for (int k = 0; k + 1 < r.length - 1; k += 2) {
            assertTrue(r[k] <= r[k + 1], "range " + k);
        }
        for (char c : "éσΔ∝≤→²".toCharArray()) {
            assertTrue(ViewerFont.covers(c), "covers " + c);
        }
    }
}
