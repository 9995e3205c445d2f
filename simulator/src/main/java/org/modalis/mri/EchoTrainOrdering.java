package org.modalis.mri;

/**
 * Which echo of which excitation acquires each phase-encoding line, and when: segmented ordering of a fast spin echo
 * (Bernstein, King &amp; Zhou 2004, §16.4.2). The N_a acquired lines (from {@link MrProtocol#firstPhaseLine()}) are split
 * into ETL bands of S = N_a/ETL lines, contiguous along k_p and numbered from −k_max to +k_max, placed so that band
 * b₀ = ⌊ETL/2⌋ is centred on k_p = 0 (line N_p/2): with position a = p − first and centre c = N_p/2 − first, line p
 * is at u = (a − c + ⌊S/2⌋ + b₀·S) mod N_a, in band ⌊u/S⌋, read by excitation (shot) u mod S, one echo per band. For
 * full Fourier and even ETL this shifts the bands by S/2, so the outermost band holds the S/2 lines at each edge of
 * k-space (neighbours in the periodic k-space of the DFT); centring matters because the lines just either side of
 * k_p = 0 set the large-area signal (a band starting at k_p = 0 would give the lines below the centre another echo).
 * With partial Fourier the wrap joins the two ends of the acquired range instead.
 *
 * <p>Echo n fills the band whose distance from the centre ranks like |n − n_eff| among the echoes: band b₀ (the one
 * holding k_p = 0, line N_p/2) takes the effective echo n_eff = TE_eff/ESP; then bands b₀+1, b₀−1, b₀+2, b₀−2, … (the
 * +k side first, skipping sides that have run out) take the echoes n_eff+1, n_eff−1, n_eff+2, n_eff−2, … (the later echo
 * first, skipping those outside 1 … ETL). So |TE_n − TE_eff| grows with the distance from the centre: the echoes
 * nearest TE_eff sample the low spatial frequencies. When the earlier echoes run out on one side (n_eff before the
 * middle), the later echoes left over fill its outermost bands: one jump of the weight e^(−n·ESP/T2) there, at high
 * spatial frequency, instead of near the centre. With n_eff = b₀ + 1 (the middle echo) this is the textbook linear
 * order (band b is echo b + 1, the weight falls from −k_max to +k_max); with n_eff = 1 it is centric (echoes 1, 2, 3, …
 * alternate outwards from the centre).
 *
 * <p>Times: repetition r (0 … NEX−1) of shot s starts at (s·NEX + r)·TR (averages innermost, as for the other
 * sequences) and its echo n is read n·ESP later; a sequence without echo train reads line p at
 * ((p − first)·NEX + r)·TR.
 */
public final class EchoTrainOrdering {

    private final int first;
    private final int offset;
    private final int acquired;
    private final int shots;
    private final int length;
    private final int[] echoOfBand;
    private final double spacing;
    private final double tr;
    private final int nex;

    private EchoTrainOrdering(MrProtocol p) {
        this.first = p.firstPhaseLine();
        this.length = p.echoesPerExcitation();
        boolean train = p.sequence() == PulseSequence.FSE;
        this.shots = p.acquiredPhaseLines() / length;
        this.acquired = p.acquiredPhaseLines();
        int centreBand = length / 2;
        // Without a train every line is its own shot, in acquisition order from the first line (no shift).
        this.offset = train ? -(p.matrixPhase() / 2 - first) + shots / 2 + centreBand * shots : 0;
        this.echoOfBand = echoOfBand(length, centreBand, train ? p.echoTrain().echoAt(p.te()) : 1);
        this.spacing = train ? p.echoTrain().spacing() : 0;
        this.tr = p.tr();
        this.nex = p.nex();
    }

    /** The ordering of {@code protocol}'s acquired lines. */
    public static EchoTrainOrdering of(MrProtocol protocol) {
        return new EchoTrainOrdering(protocol);
    }

    /**
     * Echo of each band: the r-th band in order of distance from {@code centre} (b₀, b₀+1, b₀−1, …) takes the r-th echo
     * in order of distance from {@code effective} (n_eff, n_eff+1, n_eff−1, …).
     */
    private static int[] echoOfBand(int length, int centre, int effective) {
        int[] bands = byDistance(centre, 0, length - 1), echoes = byDistance(effective, 1, length);
        int[] out = new int[length];
        for (int r = 0; r < length; r++) {
            out[bands[r]] = echoes[r];
        }
        return out;
    }

    /** The integers of [lo, hi] ordered c, c+1, c−1, c+2, c−2, … (those outside skipped). */
    private static int[] byDistance(int c, int lo, int hi) {
        int[] out = new int[hi - lo + 1];
        int n = 0;
        out[n++] = c;
        for (int d = 1; n < out.length; d++) {
            if (c + d <= hi) {
                out[n++] = c + d;
            }
            if (c - d >= lo) {
                out[n++] = c - d;
            }
        }
        return out;
    }

    /** The echo (1 … ETL) that acquires line p; 1 for a sequence without echo train. */
    public int echo(int line) {
        return echoOfBand[position(line) / shots];
    }

    /** u = (p − first − c + ⌊S/2⌋ + b₀·S) mod N_a: the line's place in the band layout. */
    private int position(int line) {
        return Math.floorMod(line - first + offset, acquired);
    }

    /** The excitation (0 … S−1, S = excitations per average) that acquires line p. */
    public int shot(int line) {
        return position(line) % shots;
    }

    /** Time [s] from the start of the scan at which repetition r (0 … NEX−1) of line p is read. */
    public double time(int line, int repetition) {
        return ((double) shot(line) * nex + repetition) * tr + echo(line) * spacing;
    }
}
