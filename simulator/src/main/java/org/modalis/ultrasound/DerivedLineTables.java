package org.modalis.ultrasound;

import java.util.List;

/**
 * One side (transmit or receive) of the tables each line of a {@link SharedLineTables} frame reads — the shared ones,
 * or its own derived from them while the frame ran (the lines near the array's ends and near a faulty element) —
 * kept for the next frame of the same geometry, so a live sequence derives them once: on a 128-line frame a fifth
 * of the work of each new frame (about 100 lines each deriving a transmit and a receive table term by term). The
 * sides are kept apart, each under its own key, so that an edit of the transmit focus, which changes the transmit
 * side, keeps the receive side where its shared table and the lines' receive apertures stay the same. A frame reads a
 * side only if its shared table is the very same object and every line lacks the same elements; the arrays are those
 * the derivation wrote, along the same runs, so the bytes are those of a fresh frame. Costs the derived tables'
 * memory (1–2 MB a line at 6 cm), hence bounded by {@link #MAX_BYTES} for both sides together and kept only by a
 * cache that keeps frames ({@link BeamFieldCache}).
 */
final class DerivedLineTables {

    /** The most memory [bytes] a frame's derived tables (both sides) may take to be kept. */
    static final long MAX_BYTES = 256L << 20;

    /**
     * What one side's line tables depend on: its shared table (by identity: the cache hands the same one back while
     * its key holds), whether the receive corrections are carried (always false for transmit), and what each line
     * lacks on that side.
     */
    record Key(Object shared, boolean corrected, List<ApertureDiff> lacks) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && shared == k.shared && corrected == k.corrected && lacks.equals(k.lacks);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(shared) + 7 * lacks.hashCode() + (corrected ? 1 : 0);
        }
    }

    /** Per line: the table it reads (transmit: null if it sums its elements). */
    final float[][] tables;
    /** Per line: the receive corrections it reads (null for transmit, or if the frame needs none). */
    final float[][] corrections;

    DerivedLineTables(int lines) {
        tables = new float[lines][];
        corrections = new float[lines][];
    }
}
