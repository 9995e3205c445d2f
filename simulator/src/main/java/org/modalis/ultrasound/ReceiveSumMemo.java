package org.modalis.ultrasound;

import java.util.Arrays;

/**
 * The receive fields the beam-domain model summed over the elements ({@link ReceiveBeam#field}) for (source, line)
 * pairs no table covers — the near field and echoes far off their row's frequency or slowness, 30–45 % of a frame's
 * echo time — kept for the next frame over the same echo sources and receive beams. The receive field does not
 * depend on the transmit focus or F-number, so a focus edit, or the next zone of a focal-zone frame, reads them back
 * instead of summing again. A kept value is the very double the sum gives (same inputs, same arithmetic), and a
 * frame reads one only where it would sum, so its bytes are those of a fresh frame.
 *
 * <p>Per line: the source indices ({@link SourceBands} order) with their fields, sorted. A frame's new sums are merged in
 * when its line finishes, replacing the line's entry as one reference (a reader sees the old entry or the new one). Holds at most
 * {@link #MAX_PAIRS} pairs (beyond, further sums are not kept).
 */
final class ReceiveSumMemo {

    /** The most pairs kept (20 bytes each: 40 MB). */
    static final int MAX_PAIRS = 2_000_000;

    private final Transducer probe;
    private final EchoSources sources;
    private final ReceiveBeam[] beams;
    /** Per line, what is kept: replaced as a whole (one reference), so a reader never sees a half-merged line. */
    private final Kept[] kept;
    private final java.util.concurrent.atomic.AtomicInteger pairs = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();

    private ReceiveSumMemo(Transducer probe, EchoSources sources, ReceiveBeam[] beams) {
        this.probe = probe;
        this.sources = sources;
        this.beams = beams.clone();
        kept = new Kept[beams.length];
        Arrays.fill(kept, new Kept(new int[0], new double[0], new double[0]));
    }

    /** A line's kept source indices (sorted) and fields. */
    private record Kept(int[] index, double[] re, double[] im) {
    }

    /** An empty memo for a frame of {@code probe} over {@code sources} with these receive beams. */
    static ReceiveSumMemo empty(Transducer probe, EchoSources sources, ReceiveBeam[] beams) {
        return new ReceiveSumMemo(probe, sources, beams);
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

    /** Line l's reader and recorder for one frame. */
    Line line(int l) {
        return new Line(l);
    }

    /** Pairs held (for tests). */
    int pairs() {
        return Math.min(pairs.get(), MAX_PAIRS);
    }

    /** Fields frames read back instead of summing (for tests). */
    long reads() {
        return reads.get();
    }

    /** One line's kept fields while a frame simulates it; {@link #finish} merges the frame's new sums in. */
    final class Line {
        private final int l;
        private final Kept start;
        private int cursor;
        private int[] newIndex = new int[64];
        private double[] newRe = new double[64];
        private double[] newIm = new double[64];
        private int added;
        private int found;

        private Line(int l) {
            this.l = l;
            this.start = kept[l];
        }

        /**
         * The kept field of source s into {@code out}; false if none. Sources are asked in increasing order within a
         * frame (bands, then x), so a cursor moving forward finds them.
         */
        boolean find(int s, double[] out) {
            int[] k = start.index;
            while (cursor < k.length && k[cursor] < s) {
                cursor++;
            }
            if (cursor < k.length && k[cursor] == s) {
                out[0] = start.re[cursor];
                out[1] = start.im[cursor];
                found++;
                return true;
            }
            return false;
        }

        /** Records source s's freshly summed field; a frame records its sources in increasing order. */
        void add(int s, double[] field) {
            if (added > 0 && newIndex[added - 1] >= s) {
                throw new IllegalStateException("sources recorded out of order: " + s + " after " + newIndex[added - 1]);
            }
            if (added == newIndex.length) {
                newIndex = Arrays.copyOf(newIndex, 2 * added);
                newRe = Arrays.copyOf(newRe, 2 * added);
                newIm = Arrays.copyOf(newIm, 2 * added);
            }
            newIndex[added] = s;
            newRe[added] = field[0];
            newIm[added++] = field[1];
        }

        /** Merges this frame's new sums into the line's kept ones (while the memo has room). */
        void finish() {
            reads.addAndGet(found);
            if (added == 0 || pairs.addAndGet(added) > MAX_PAIRS) {
                return;
            }
            Kept old = kept[l];
            int[] keptIndex = old.index;
            int n = keptIndex.length + added;
            int[] mergedIndex = new int[n];
            double[] mergedRe = new double[n], mergedIm = new double[n];
            int a = 0, b = 0, m = 0;
            while (a < keptIndex.length || b < added) {
                if (a < keptIndex.length && b < added && keptIndex[a] == newIndex[b]) {
                    b++; // kept meanwhile by another frame over the same memo: the same field, kept once
                } else if (b == added || (a < keptIndex.length && keptIndex[a] < newIndex[b])) {
                    mergedIndex[m] = keptIndex[a];
                    mergedRe[m] = old.re[a];
                    mergedIm[m++] = old.im[a++];
                } else {
                    mergedIndex[m] = newIndex[b];
                    mergedRe[m] = newRe[b];
                    mergedIm[m++] = newIm[b++];
                }
            }
            kept[l] = new Kept(Arrays.copyOf(mergedIndex, m), Arrays.copyOf(mergedRe, m), Arrays.copyOf(mergedIm, m));
        }
    }
}
