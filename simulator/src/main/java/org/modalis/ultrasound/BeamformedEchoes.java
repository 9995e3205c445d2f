package org.modalis.ultrasound;

/**
 * What a B-mode frame is before the display chain: the medium map (for the truth image), how many echo sources
 * it held, the beamformed RF (signal + noise) [line][sample], the envelopes of the RF, of the signal alone and of
 * the noise alone, and the channel data when kept (else null). Treated as immutable once built.
 */
record BeamformedEchoes(Medium medium, int sourceCount, float[] rf, float[] envelope, float[] signalEnvelope,
                        float[] noiseEnvelope, float[] channels) {
}
