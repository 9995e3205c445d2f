package org.modalis.ultrasound;

import java.util.Arrays;

/**
 * The receive field of every (source, line) pair a frame of the beam-domain model simulated — looked up in a field
 * table or summed over the elements ({@link ReceiveBeam#field}) where no table covers the pair (the near field,
 * echoes far off their row's frequency or slowness) — kept for the next frame over the same echo sources and receive
 * beams. The receive field does not depend on the transmit focus or F-number, so a focus edit, or the next zone of a
 * focal-zone frame, reads them back instead of looking them up or summing again: the lookups are reads scattered over
 * tables of megabytes (a third of a 64-line frame's echo time), the kept fields one array read in visiting order.
 *
 * <p>Each field is kept as floats, the precision the frame uses it at ({@link BeamDomainSimulation} rounds every
 * field to float, kept or not), with how it was obtained: a frame reads one back only where it would obtain it the
 * same way (a table covers the pair in this frame exactly when it did in the frame that kept it: the tables' regions
 * follow the transmit cone, and a table's entries do not depend on its region), so its bytes are those of a fresh
 * frame.
 *
 * <p>A memo for one run ({@code keepsLookups} false: no later frame will read them) keeps only the element sums,
 * which the further zones of a focal-zone frame read back: recording every lookup of a 64-line frame 6 cm deep
 * made a one-off run 7 % slower.
 *
 * <p>Per line: the source indices ({@link SourceBands} order) with their fields, sorted. A frame's new fields are
 * merged in when its line finishes, replacing the line's entry as one reference (a reader sees the old entry or the
 * new one). Holds at most {@link #MAX_PAIRS} pairs (beyond, further fields are not kept), and a frame records at most
 * its share of them per line, so a frame far larger than the memo does not record what it could not keep.
 */
final class ReceiveFieldMemo {

    /** The most pairs kept (13 bytes each: 52 MB; a 64-line frame 4 cm deep simulates 2.7 million). */
    static final int MAX_PAIRS = 4_000_000;

    private final Transducer probe;
    private final EchoSources sources;
    private final boolean keepsLookups;
    private final ReceiveBeam[] beams;
    /** Per line, what is kept: replaced as a whole (one reference), so a reader never sees a half-merged line. */
    private final Kept[] kept;
    /** Per line, how many pairs a frame is expected to record ({@link #expectAsMany}). */
    private final int[] expected;
    private final java.util.concurrent.atomic.AtomicInteger pairs = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();

    private ReceiveFieldMemo(Transducer probe, EchoSources sources, ReceiveBeam[] beams, boolean keepsLookups) {
        this.probe = probe;
        this.keepsLookups = keepsLookups;
        this.sources = sources;
        this.beams = beams.clone();
        kept = new Kept[beams.length];
        expected = new int[beams.length];
        Arrays.fill(kept, new Kept(new int[0], new float[0], new float[0], new boolean[0], 0));
    }

    /**
     * A line's kept source indices (sorted), fields and whether each came from a table: the first {@code count} entries
     * of the arrays (a first recording is kept as it was recorded, not copied to its length).
     */
    private record Kept(int[] index, float[] re, float[] im, boolean[] tabulated, int count) {
    }

    /**
     * An empty memo for a frame of {@code probe} over {@code sources} with these receive beams.
     *
     * @param keepsLookups whether the fields looked up in tables are kept too (for later frames), or only the sums
     */
    static ReceiveFieldMemo empty(Transducer probe, EchoSources sources, ReceiveBeam[] beams, boolean keepsLookups) {
        return new ReceiveFieldMemo(probe, sources, beams, keepsLookups);
    }

    /**
     * Whether this memo holds fields of an equal probe (its element directivity), of these very sources (by
     * identity) and of beams equal to these.
     */
    boolean serves(Transducer otherProbe, EchoSources other, ReceiveBeam[] otherBeams) {
        if (!probe.equals(otherProbe) || other != sources || otherBeams.length != beams.length) {
            return false;
        }
        for (int l = 0; l < beams.length; l++) {
            if (!beams[l].sameAs(otherBeams[l])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sizes each line's recording for as many pairs as {@code last} (a memo this one replaces; null: none) kept for the
     * same line: the next frame of an edit sequence visits about as many, and a recording grown by doubling copies
     * itself several times over. Before any frame runs on this memo.
     */
    void expectAsMany(ReceiveFieldMemo last) {
        if (last != null && last.kept.length == expected.length) {
            for (int l = 0; l < expected.length; l++) {
                expected[l] = last.kept[l].count;
            }
        }
    }

    /** The most pairs a frame records per line: an equal share of {@link #MAX_PAIRS}. */
    int share() {
        return Math.max(1, MAX_PAIRS / kept.length);
    }

    /** Line l's reader and recorder for one frame. */
    Line line(int l) {
        return new Line(l);
    }

    /** Pairs held (for tests). */
    int pairs() {
        return Math.min(pairs.get(), MAX_PAIRS);
    }

    /** Pairs held whose field came from a table ({@code tabulated}) or from the element sum (for tests). */
    int pairs(boolean tabulated) {
        int n = 0;
        for (Kept k : kept) {
            for (int i = 0; i < k.count; i++) {
                n += k.tabulated[i] == tabulated ? 1 : 0;
            }
        }
        return n;
    }

    /** Fields frames read back instead of looking up or summing (for tests). */
    long reads() {
        return reads.get();
    }

    /** One line's kept fields while a frame simulates it; {@link #finish} merges the frame's new fields in. */
    final class Line {
        private final int l;
        private final Kept start;
        private int cursor;
        private int[] newIndex;
        private float[] newRe;
        private float[] newIm;
        private boolean[] newTabulated;
        private int added;
        private int found;

        private Line(int l) {
            this.l = l;
            this.start = kept[l];
            // A refocused frame visits about as many pairs as are kept; a new memo's, about as many as the last memo
            // kept: a quarter more, for a frame at a higher frequency (more scatterers) not to grow by copying.
            int size = Math.min(share(), Math.max(64, Math.max(start.count, expected[l] + expected[l] / 4)));
            newIndex = new int[size];
            newRe = new float[size];
            newIm = new float[size];
            newTabulated = new boolean[size];
        }

        /**
         * The kept field of source s into {@code out} if it was obtained as this frame would obtain it (from a table
         * or not); false otherwise. Sources are asked in increasing order within a frame (bands, then x), so a cursor
         * moving forward finds them.
         */
        boolean find(int s, boolean tabulated, double[] out) {
            if (tabulated && !keepsLookups) {
                return false;
            }
            int[] k = start.index;
            int n = start.count;
            while (cursor < n && k[cursor] < s) {
                cursor++;
            }
            if (cursor < n && k[cursor] == s && start.tabulated[cursor] == tabulated) {
                out[0] = start.re[cursor];
                out[1] = start.im[cursor];
                found++;
                return true;
            }
            return false;
        }

        /**
         * Records source s's new field (floats; a looked-up one only if the memo keeps those); a frame records its
         * sources in increasing order.
         */
        void add(int s, boolean tabulated, double[] field) {
            if (tabulated && !keepsLookups || added == share()) {
                return;
            }
            if (added > 0 && newIndex[added - 1] >= s) {
                throw new IllegalStateException("sources recorded out of order: " + s + " after " + newIndex[added - 1]);
            }
            if (added == newIndex.length) {
                int size = Math.min(share(), 2 * added);
                newIndex = Arrays.copyOf(newIndex, size);
                newRe = Arrays.copyOf(newRe, size);
                newIm = Arrays.copyOf(newIm, size);
                newTabulated = Arrays.copyOf(newTabulated, size);
            }
            newIndex[added] = s;
            newRe[added] = (float) field[0];
            newIm[added] = (float) field[1];
            newTabulated[added++] = tabulated;
        }

        /**
         * Merges this frame's new fields into the line's kept ones (while the memo has room); a new field replaces a
         * kept one of the same source (obtained the other way: the way this frame obtains it).
         */
        void finish() {
            reads.addAndGet(found);
            if (added == 0 || pairs.addAndGet(added) > MAX_PAIRS) {
                return;
            }
            Kept old = kept[l];
            if (old.count == 0) { // nothing kept yet: the recording itself, trimmed only if half of it is unused
                kept[l] = newIndex.length <= 2 * added ? new Kept(newIndex, newRe, newIm, newTabulated, added)
                        : new Kept(Arrays.copyOf(newIndex, added), Arrays.copyOf(newRe, added),
                        Arrays.copyOf(newIm, added), Arrays.copyOf(newTabulated, added), added);
                return;
            }
            int[] keptIndex = old.index;
            int kn = old.count, n = kn + added;
            int[] index = new int[n];
            float[] re = new float[n], im = new float[n];
            boolean[] tabulated = new boolean[n];
            int a = 0, b = 0, m = 0;
            while (a < kn || b < added) {
                boolean fromNew = b < added && (a == kn || newIndex[b] <= keptIndex[a]);
                if (fromNew) {
                    if (a < kn && keptIndex[a] == newIndex[b]) {
                        a++; // the same source kept before: the new field replaces it
                    }
                    index[m] = newIndex[b];
                    re[m] = newRe[b];
                    im[m] = newIm[b];
                    tabulated[m++] = newTabulated[b++];
                } else {
                    index[m] = keptIndex[a];
                    re[m] = old.re[a];
                    im[m] = old.im[a];
                    tabulated[m++] = old.tabulated[a++];
                }
            }
            kept[l] = new Kept(index, re, im, tabulated, m);
        }
    }
}
