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
            MrProperties mr = tissues.get(t).mri();
            if (mr == null) {
                throw new IllegalArgumentException("tissue '" + tissues.get(t).name() + "' has no MR properties"
                        + " (add an 'mri:' section to phantoms/tissues/" + tissues.get(t).name() + ".yaml)");
            }
            s[t] = SignalEquations.signal(protocol, mr.protonDensity(), mr.at(scanner.b0Tesla()));
            f[t] = scanner.offsetHz(mr.chemicalShiftPpm());
        }
        return new TissueSignals(s, f);
    }
}
