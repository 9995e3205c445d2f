package org.modalis.ultrasound;

import java.util.List;

/**
 * The tables each line of a {@link SharedLineTables} frame reads — the shared ones, or its own derived from them
 * while the frame ran (the lines near the array's ends and near a faulty element) — kept for the next frame of the
 * same geometry, so a live sequence derives them once: on a 128-line frame a fifth of the work of each new frame
 * (about 100 lines each deriving a transmit and a receive table term by term). A frame reads them only if the shared
 * tables are the very same objects and every line lacks the same elements ({@link Key}); the arrays are those the
 * derivation wrote, so the bytes are those of a fresh frame. Costs the derived tables' memory (1–2 MB a line at 6 cm),
 * hence bounded by {@link #MAX_BYTES} and kept only by a cache that keeps frames ({@link BeamFieldCache}).
 */
final class DerivedLineTables {

    /** The most memory [bytes] a frame's derived tables may take to be kept. */
    static final long MAX_BYTES = 256L << 20;

    /**
     * What a frame's line tables depend on: the shared tables (by identity: the cache hands the same ones back while
     * their key holds), whether the receive corrections are carried, and what each line lacks.
     */
    record Key(TransmitFieldTables transmit, ReceiveFieldTables receive, boolean corrected,
               List<ApertureDiff> transmitLacks, List<ApertureDiff> receiveLacks) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && transmit == k.transmit && receive == k.receive && corrected == k.corrected
                    && transmitLacks.equals(k.transmitLacks) && receiveLacks.equals(k.receiveLacks);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(transmit) + System.identityHashCode(receive)
                    + 7 * transmitLacks.hashCode() + receiveLacks.hashCode() + (corrected ? 1 : 0);
        }
    }

    /** Per line: the transmit table it reads (null: none, it sums its elements). */
    final float[][] transmit;
    /** Per line: the receive sums it reads. */
    final float[][] receive;
    /** Per line: the receive corrections it reads (null if the frame needs none). */
    final float[][] corrections;

    DerivedLineTables(int lines) {
        transmit = new float[lines][];
        receive = new float[lines][];
        corrections = new float[lines][];
    }
}
