package org.modalis.mri;

/** The in-plane axis of phase encoding; readout runs along the other one. */
public enum PhaseDirection {
    /** Phase encoding anterior–posterior (image y), readout left–right (x). */
    AP,
    /** Phase encoding left–right (image x), readout anterior–posterior (y). */
    LR
}
