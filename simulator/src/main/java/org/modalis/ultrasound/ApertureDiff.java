package org.modalis.ultrasound;

import java.util.Arrays;

/**
 * What a line's aperture lacks against the complete healthy one of the shared tables, element by element (element
 * m of the line frame at d_m = m·p + δ₀): the sensitivity it lacks, 1 − g (1 for an element beyond the array's end
 * or dead), and — on receive — whether the element's weight is missing from Σw too (an element the line does not
 * record; a faulty element it records is still counted by the unaware beamformer). Sorted by m. Immutable.
 */
final class ApertureDiff {

    /** Lacks nothing. */
    static final ApertureDiff NONE = new ApertureDiff(new int[0], new double[0], new boolean[0]);

    private final int[] element;
    private final double[] lack;
    private final boolean[] unweighted;

    private ApertureDiff(int[] element, double[] lack, boolean[] unweighted) {
        this.element = element;
        this.lack = lack;
        this.unweighted = unweighted;
    }

    /** A change of one element's term between two apertures: Δ(lack) and Δ(weight missing) ∈ {−1, 0, 1}. */
    interface Change {
        void apply(int m, double deltaLack, int deltaUnweighted);
    }

    /** Number of elements lacking (in part or in full). */
    int size() {
        return element.length;
    }

    /**
     * Transmit: line l's active elements (its {@link TransmitBeam}) against the complete aperture m ∈ [mMin, mMax];
     * null if the line fires an element outside it (then it has no table).
     */
    static ApertureDiff transmit(Transducer probe, ScanLines lines, TransmitBeam beam, int l, double offset, int mMin,
                                 int mMax) {
        double[] gain = new double[mMax - mMin + 1];
        double[] offsets = beam.elementOffsets();
        for (double d : offsets) {
            int m = (int) Math.round((d - offset) / probe.pitch());
            if (m < mMin || m > mMax) {
                return null;
            }
            gain[m - mMin] = probe.elementGain(probe.elementNearest(lines.originX(l) + d));
        }
        return lacking(gain, mMin, null);
    }

    /**
     * Receive: the elements line l records ({@link ChannelLayout}, with their sensitivities) against an unbounded
     * healthy array, over the elements within {@code reach} [m] of the line (no aperture of the frame is wider).
     */
    static ApertureDiff receive(Transducer probe, ScanLines lines, ChannelLayout layout, int l, double offset,
                                double reach) {
        int span = (int) Math.ceil(reach / probe.pitch()) + 1;
        double[] gain = new double[2 * span + 1];
        boolean[] recorded = new boolean[gain.length];
        for (int a = 0; a < layout.aperture(); a++) {
            double d = layout.elementX()[l * layout.aperture() + a] - lines.originX(l);
            int m = (int) Math.round((d - offset) / probe.pitch());
            if (Math.abs(m) <= span) {
                gain[m + span] = layout.elementGain(probe, l, a);
                recorded[m + span] = true;
            }
        }
        for (int m = -span; m <= span; m++) {
            if (Math.abs(m * probe.pitch() + offset) >= reach) { // never inside an aperture of this frame
                gain[m + span] = 1;
                recorded[m + span] = true;
            }
        }
        return lacking(gain, -span, recorded);
    }

    private static ApertureDiff lacking(double[] gain, int first, boolean[] recorded) {
        int n = 0;
        int[] element = new int[gain.length];
        double[] lack = new double[gain.length];
        boolean[] unweighted = new boolean[gain.length];
        for (int k = 0; k < gain.length; k++) {
            boolean missing = recorded != null && !recorded[k];
            if (gain[k] != 1 || missing) {
                element[n] = first + k;
                lack[n] = 1 - gain[k];
                unweighted[n++] = missing;
            }
        }
        return new ApertureDiff(Arrays.copyOf(element, n), Arrays.copyOf(lack, n), Arrays.copyOf(unweighted, n));
    }

    /** Equal: the same elements lacking the same sensitivities and weights. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ApertureDiff d && Arrays.equals(element, d.element) && Arrays.equals(lack, d.lack)
                && Arrays.equals(unweighted, d.unweighted);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(element) + Arrays.hashCode(lack)) + Arrays.hashCode(unweighted);
    }

    /** Number of element terms that change from {@code from} to this. */
    int distance(ApertureDiff from) {
        int[] count = new int[1];
        forEachChange(from, (m, d, w) -> count[0]++);
        return count[0];
    }

    /** Calls {@code change} for every element whose lack differs between {@code from} and this, in order of m. */
    void forEachChange(ApertureDiff from, Change change) {
        int a = 0, b = 0;
        while (a < element.length || b < from.element.length) {
            int ma = a < element.length ? element[a] : Integer.MAX_VALUE;
            int mb = b < from.element.length ? from.element[b] : Integer.MAX_VALUE;
            int m = Math.min(ma, mb);
            double la = ma == m ? lack[a] : 0, lb = mb == m ? from.lack[b] : 0;
            int wa = ma == m && unweighted[a] ? 1 : 0, wb = mb == m && from.unweighted[b] ? 1 : 0;
            if (la != lb || wa != wb) {
                change.apply(m, la - lb, wa - wb);
            }
            a += ma == m ? 1 : 0;
            b += mb == m ? 1 : 0;
        }
    }
}
