package org.modalis.mri;

/** The pulse sequences modelled by their steady-state signal equations ({@link SignalEquations}). */
public enum PulseSequence {
    /** Spin echo (TR, TE). */
    SE,
    /** Spoiled gradient echo (TR, TE, flip angle; T2* decay). */
    GRE,
    /** Inversion recovery spin echo (TI, TR, TE): STIR and FLAIR. */
    IR,
    /** Balanced steady-state free precession (TR, TE, flip angle), on resonance: T2/T1 contrast. */
    BSSFP,
    /**
     * Fast spin echo (RARE/TSE): an echo train of ETL spin echoes per excitation, one k-space line each, TE the
     * effective echo time ({@link EchoTrain}, {@link EchoTrainOrdering}).
     */
    FSE
}
