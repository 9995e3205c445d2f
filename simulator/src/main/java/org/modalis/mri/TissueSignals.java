package org.modalis.mri;

import java.util.List;
import org.modalis.tissue.MrProperties;
import org.modalis.tissue.Tissue;

/**
 * Per-tissue signal (signed, relative to fully relaxed water) and resonance offset [Hz] of a phantom's
 * tissues under one scanner and protocol.
 *
 * @param signal   s_t, from {@link SignalEquations#signal}
 * @param offsetHz Δf_t, chemical shift × Larmor frequency
 */
public record TissueSignals(double[] signal, double[] offsetHz) {

    /** Evaluates the signal equations for every tissue; a tissue without MR properties is an error. */
    public static TissueSignals of(List<Tissue> tissues, MrScanner scanner, MrProtocol protocol) {
        double[] s = new double[tissues.size()], f = new double[tissues.size()];
        for (int t = 0; t < tissues.size(); t++) {
            MrProperties mr = properties(tissues.get(t));
            s[t] = SignalEquations.signal(protocol, mr.protonDensity(), mr.at(scanner.b0Tesla()));
            f[t] = scanner.offsetHz(mr.chemicalShiftPpm());
        }
        return new TissueSignals(s, f);
    }

    /**
     * The signal of every tissue on each echo of the train, [echo − 1][tissue]: for FSE echo n is
     * {@link SignalEquations#fastSpinEcho} at n·ESP (the lines of band b(n) carry these weights,
     * {@link EchoTrainOrdering}); for the other sequences one echo, {@link #signal()}.
     */
    public static double[][] perEcho(List<Tissue> tissues, MrScanner scanner, MrProtocol protocol) {
        if (protocol.sequence() != PulseSequence.FSE) {
            return new double[][] {of(tissues, scanner, protocol).signal()};
        }
        return train(tissues, scanner, protocol.tr(), protocol.echoTrain());
    }

    /**
     * The signal of every tissue on each echo of a multi-echo spin echo (a CPMG train of {@code echoes} echoes at
     * TE, 2·TE, …, each echo forming its own image), [echo − 1][tissue]: {@link SignalEquations#fastSpinEcho} at
     * n·TE with the train's steady-state recovery, so the series decays exactly as e^(−n·TE/T2).
     */
    public static double[][] cpmg(List<Tissue> tissues, MrScanner scanner, MrProtocol protocol, int echoes) {
        return train(tissues, scanner, protocol.tr(), new EchoTrain(echoes, protocol.te()));
    }

    /** Every tissue's signal on each echo of {@code train} repeated every TR [s]: [echo − 1][tissue]. */
    private static double[][] train(List<Tissue> tissues, MrScanner scanner, double tr, EchoTrain train) {
        double[][] out = new double[train.length()][tissues.size()];
        for (int t = 0; t < tissues.size(); t++) {
            MrProperties mr = properties(tissues.get(t));
            var r = mr.at(scanner.b0Tesla());
            for (int n = 1; n <= train.length(); n++) {
                out[n - 1][t] = SignalEquations.fastSpinEcho(mr.protonDensity(), r.t1(), r.t2(), tr, train, train.echoTime(n));
            }
        }
        return out;
    }

    /** The tissue's MR properties; a tissue without them is an error. */
    private static MrProperties properties(Tissue tissue) {
        if (tissue.mri() == null) {
            throw new IllegalArgumentException("tissue '" + tissue.name() + "' has no MR properties"
                    + " (add an 'mri:' section to phantoms/tissues/" + tissue.name() + ".yaml)");
        }
        return tissue.mri();
    }
}
