package org.modalis.mri;

/**
 * Which echo of which excitation acquires each phase-encoding line, and when: segmented ordering of a fast spin echo
 * (Bernstein, King &amp; Zhou 2004, §16.4.2). The N_a acquired lines (from {@link MrProtocol#firstPhaseLine()}) are split
 * into ETL contiguous bands of S = N_a/ETL lines, band b = lines first + b·S … first + (b+1)·S − 1, from −k_max to
 * +k_max; excitation (shot) s acquires line first + b·S + s of every band, one echo per band.
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
    private final int shots;
    private final int length;
    private final int[] echoOfBand;
    private final double spacing;
    private final double tr;
    private final int nex;

    private EchoTrainOrdering(MrProtocol p) {
        this.first = p.firstPhaseLine();
        this.length = p.echoesPerExcitation();
        this.shots = p.acquiredPhaseLines() / length;
        boolean train = p.sequence() == PulseSequence.FSE;
        this.echoOfBand = echoOfBand(length, (p.matrixPhase() / 2 - first) / shots, train ? p.echoTrain().echoAt(p.te()) : 1);
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
        return echoOfBand[(line - first) / shots];
    }

    /** The excitation (0 … S−1, S = excitations per average) that acquires line p. */
    public int shot(int line) {
        return (line - first) % shots;
    }

    /** Time [s] from the start of the scan at which repetition r (0 … NEX−1) of line p is read. */
    public double time(int line, int repetition) {
        return ((double) shot(line) * nex + repetition) * tr + echo(line) * spacing;
    }
}
