package org.modalis.mri;

/**
 * Steady-state signal equations of the modelled sequences (REFERENCES.md, MRI; Haacke et al., <i>Magnetic
 * Resonance Imaging: Physical Principles and Sequence Design</i>, 1999, ch. 15–18; Bernstein et al.,
 * <i>Handbook of MRI Pulse Sequences</i>, 2004). Times in s, results relative to a fully relaxed PD = 1 signal.
 */
public final class SignalEquations {

    private SignalEquations() {
    }

    /** Spin echo: PD·(1 − 2e^(−(TR−TE/2)/T1) + e^(−TR/T1))·e^(−TE/T2), including the refocusing pulse's effect. */
    public static double spinEcho(double pd, double t1, double t2, double tr, double te) {
        double mz = 1 - 2 * Math.exp(-(tr - te / 2) / t1) + Math.exp(-tr / t1);
        return pd * mz * Math.exp(-te / t2);
    }

    /**
     * Spoiled gradient echo: PD·sin α·(1 − E₁)/(1 − cos α·E₁)·e^(−TE/T2*), E₁ = e^(−TR/T1) (Ernst &amp; Anderson
     * 1966); maximal at the Ernst angle cos α_E = E₁.
     */
    public static double spoiledGradientEcho(double pd, double t1, double t2star, double tr, double te, double flipRad) {
        double e1 = Math.exp(-tr / t1);
        return pd * Math.sin(flipRad) * (1 - e1) / (1 - Math.cos(flipRad) * e1) * Math.exp(-te / t2star);
    }

    /**
     * Inversion recovery, signed: PD·(1 − 2e^(−TI/T1) + e^(−TR/T1))·e^(−TE/T2). Negative longitudinal
     * magnetization at the 90° pulse gives a negative signal; a magnitude image shows its absolute value (the
     * REFERENCES form), which is zero at TI = T1·ln 2 when TR ≫ T1 (STIR nulls fat, FLAIR nulls CSF).
     */
    public static double inversionRecovery(double pd, double t1, double t2, double tr, double te, double ti) {
        return pd * (1 - 2 * Math.exp(-ti / t1) + Math.exp(-tr / t1)) * Math.exp(-te / t2);
    }

    /**
     * Balanced SSFP on resonance (phase-alternating pulses, all gradients balanced): the steady state just after a
     * pulse is PD·sin α·(1 − E₁)/(1 − (E₁ − E₂)·cos α − E₁E₂), E₁ = e^(−TR/T1), E₂ = e^(−TR/T2) (Freeman &amp; Hill
     * 1971; Scheffler &amp; Lehnhardt, Eur Radiol 13:2409 (2003) eq. 1), decaying by e^(−TE/T2) to the echo, usually
     * at TE = TR/2. For TR ≪ T1, T2 it peaks at cos α = (T1 − T2)/(T1 + T2) with ½·PD·√(T2/T1): fluid (high T2/T1)
     * and fat are bright. Off-resonance (the banding of real bSSFP) is not modelled.
     */
    public static double balancedSsfp(double pd, double t1, double t2, double tr, double te, double flipRad) {
        double e1 = Math.exp(-tr / t1), e2 = Math.exp(-tr / t2);
        double mss = Math.sin(flipRad) * (1 - e1) / (1 - (e1 - e2) * Math.cos(flipRad) - e1 * e2);
        return pd * mss * Math.exp(-te / t2);
    }

    /**
     * Fast spin echo, the echo at {@code echoTime} [s] of a train of {@code train.length()} ideal 180° refocusing
     * pulses at (j − ½)·ESP after a 90° excitation (Hennig et al., MRM 3 (1986) 823; Bernstein et al. 2004 §16.4):
     * PD·M_z(TR)·e^(−echoTime/T2), with M_z(TR) from {@link #fastSpinEchoRecovery}. Ideal refocusing means no
     * stimulated echoes and pure e^(−t/T2) decay along the train (no CPMG T2 shortening by imperfect pulses, no
     * J-coupling: fat is not brighter than in a spin echo, as it is on real FSE).
     */
    public static double fastSpinEcho(double pd, double t1, double t2, double tr, EchoTrain train, double echoTime) {
        return pd * fastSpinEchoRecovery(t1, tr, train) * Math.exp(-echoTime / t2);
    }

    /**
     * Longitudinal magnetization [M₀] just before each 90° pulse of a fast spin echo in steady state: it is 0 after
     * the 90°, relaxes as 1 − (1 − M_z)e^(−Δt/T1) between pulses and is inverted by each ideal 180° at (j − ½)·ESP,
     * then recovers until TR. For ETL = 1, ESP = TE it is the spin echo's 1 − 2e^(−(TR−TE/2)/T1) + e^(−TR/T1)
     * exactly; for ESP ≪ T1 it tends to the textbook 1 − e^(−(TR − ETL·ESP)/T1) (Bernstein §16.4): the inversions
     * keep M_z near 0 during the train. The two differ by 4e-8 for ETL 16, ESP 5 ms, T1 0.9 s, TR 2 s and by 2e-5
     * for ETL 15, ESP 20 ms (an odd train ends on a net inversion).
     */
    public static double fastSpinEchoRecovery(double t1, double tr, EchoTrain train) {
        double mz = 0, t = 0;
        for (int j = 1; j <= train.length(); j++) {
            double pulse = (j - 0.5) * train.spacing();
            mz = -(1 - (1 - mz) * Math.exp(-(pulse - t) / t1));
            t = pulse;
        }
        return 1 - (1 - mz) * Math.exp(-(tr - t) / t1);
    }

    /** The null of inversion recovery [s] for TR ≫ T1: TI = T1·ln 2. */
    public static double nullInversionTime(double t1) {
        return t1 * Math.log(2);
    }

    /** Ernst angle [rad]: arccos(e^(−TR/T1)). */
    public static double ernstAngle(double t1, double tr) {
        return Math.acos(Math.exp(-tr / t1));
    }

    /** The signal of a tissue under the protocol's sequence (signed for IR; for FSE at the effective TE). */
    public static double signal(MrProtocol protocol, double pd, org.modalis.tissue.RelaxationTimes r) {
        return switch (protocol.sequence()) {
            case SE -> spinEcho(pd, r.t1(), r.t2(), protocol.tr(), protocol.te());
            case GRE -> spoiledGradientEcho(pd, r.t1(), r.t2star(), protocol.tr(), protocol.te(), Math.toRadians(protocol.flipDeg()));
            case IR -> inversionRecovery(pd, r.t1(), r.t2(), protocol.tr(), protocol.te(), protocol.ti());
            case BSSFP -> balancedSsfp(pd, r.t1(), r.t2(), protocol.tr(), protocol.te(), Math.toRadians(protocol.flipDeg()));
            case FSE -> fastSpinEcho(pd, r.t1(), r.t2(), protocol.tr(), protocol.echoTrain(), protocol.te());
        };
    }
}
