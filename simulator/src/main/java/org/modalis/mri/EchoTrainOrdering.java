package org.modalis.mri;

/**
 * Which echo of which excitation acquires each phase-encoding line, and when: linear (segmented) ordering of a fast
 * spin echo (Bernstein, King &amp; Zhou 2004, §16.4.2). The N_a acquired lines (from {@link MrProtocol#firstPhaseLine()})
 * are split into ETL contiguous bands of S = N_a/ETL lines, band b = lines first + b·S … first + (b+1)·S − 1, ordered
 * from −k_max to +k_max. Excitation (shot) s acquires line first + b·S + s of every band, and echo n fills band
 * <pre>b(n) = (b₀ + n − n_eff) mod ETL</pre>
 * with b₀ the band holding k_p = 0 (line N_p/2) and n_eff = TE_eff/ESP, so the effective echo samples the centre of
 * k-space. With n_eff = b₀ + 1 (TE_eff near the middle echo) the weight e^(−n·ESP/T2) falls monotonically from −k_max
 * to +k_max (the textbook linear order); otherwise the bands wrap round once, a jump of the weight at the band edge
 * where echo ETL meets echo 1, as on scanners without centric reordering.
 *
 * <p>Times: repetition r (0 … NEX−1) of shot s starts at (s·NEX + r)·TR (averages innermost, as for the other
 * sequences) and its echo n is read n·ESP later; a sequence without echo train reads line p at
 * ((p − first)·NEX + r)·TR.
 */
public final class EchoTrainOrdering {

    private final int first;
    private final int shots;
    private final int length;
    private final int centreBand;
    private final int effectiveEcho;
    private final double spacing;
    private final double tr;
    private final int nex;

    private EchoTrainOrdering(MrProtocol p) {
        this.first = p.firstPhaseLine();
        this.length = p.echoesPerExcitation();
        this.shots = p.acquiredPhaseLines() / length;
        this.centreBand = (p.matrixPhase() / 2 - first) / shots;
        boolean train = p.sequence() == PulseSequence.FSE;
        this.effectiveEcho = train ? p.echoTrain().echoAt(p.te()) : 1;
        this.spacing = train ? p.echoTrain().spacing() : 0;
        this.tr = p.tr();
        this.nex = p.nex();
    }

    /** The ordering of {@code protocol}'s acquired lines. */
    public static EchoTrainOrdering of(MrProtocol protocol) {
        return new EchoTrainOrdering(protocol);
    }

    /** The echo (1 … ETL) that acquires line p; 1 for a sequence without echo train. */
    public int echo(int line) {
        int band = (line - first) / shots;
        return Math.floorMod(band - centreBand + effectiveEcho - 1, length) + 1;
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
