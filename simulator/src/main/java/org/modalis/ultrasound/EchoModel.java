package org.modalis.ultrasound;

/**
 * How a B-mode frame's echoes are simulated: {@link #CHANNEL}, the exact per-element channel data
 * ({@link PulseEchoSimulation}) then delay-and-sum, the reference; or {@link #BEAM}, the delay-and-sum output
 * computed directly with narrow-band transmit and receive fields ({@link BeamDomainSimulation}), ~100× cheaper.
 * {@link #AUTO} picks the beam-domain model for linear arrays and the channel model for phased arrays, whose
 * grating lobes of a coarse pitch are smeared in range by the broadband receive delays the narrow-band model
 * leaves out (docs/ultrasound.md, "Beam-domain model"). Channel data (kept for export) and an external
 * beamformer (the GL twin) always use the channel model.
 */
public enum EchoModel {
    AUTO, CHANNEL, BEAM;

    /** The model a frame of {@code probe} is simulated with: AUTO resolved by the array type. */
    public EchoModel resolve(Transducer probe) {
        if (this != AUTO) {
            return this;
        }
        return probe.type() == ArrayType.LINEAR ? BEAM : CHANNEL;
    }
}
