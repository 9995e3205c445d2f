package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Symbols of the lesson texts are spelled in ASCII for ImGui's Latin-1 font instead of showing "?". */
class DisplayTextTest {

    @Test
    void spellsTheSymbolsOfTheLessons() {
        assertEquals("air is -1000 HU", DisplayText.ascii("air is −1000 HU"));
        assertEquals("photoelectric ~ Z^3/E^3", DisplayText.ascii("photoelectric ∝ Z³/E³"));
        assertEquals("[1 .. inf] views, sd 5 HU, 3 mGy*cm", DisplayText.ascii("[1 … ∞] views, σ 5 HU, 3 mGy·cm"));
        assertEquals("N_views >~ (pi/2)*N_bins over 180 deg", DisplayText.ascii("N_views ≳ (π/2)·N_bins over 180°"));
        assertEquals("?", DisplayText.ascii("漢"));
    }
}
