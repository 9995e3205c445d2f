package org.modalis.ultrasound.doppler;

import java.util.Objects;

/**
 * The complex (IQ) sample of one range gate for each pulse — the Doppler "slow-time" signal, sampled at the PRF.
 *
 * @param iq interleaved (re, im) per pulse, in the arbitrary amplitude unit of the scatterer model
 * @param scale the f ↔ v conversion of the acquisition (f0, PRF, angle, c)
 * @param startTimeS time of the first sample [s] since the first pulse (a centred FIR wall filter drops samples
 *        at the start, so its output starts later)
 */
public record SlowTimeSignal(float[] iq, DopplerScale scale, double startTimeS) {

    /** A signal whose first sample is the first pulse (t = 0). */
    public SlowTimeSignal(float[] iq, DopplerScale scale) {
        this(iq, scale, 0);
    }

    public SlowTimeSignal {
        Objects.requireNonNull(iq, "iq");
        Objects.requireNonNull(scale, "scale");
        if (iq.length % 2 != 0) {
            throw new IllegalArgumentException("interleaved IQ needs an even number of floats, got " + iq.length);
        }
    }

    /** Number of pulses. */
    public int length() {
        return iq.length / 2;
    }

    public double re(int n) {
        return iq[2 * n];
    }

    public double im(int n) {
        return iq[2 * n + 1];
    }

    /** Pulse repetition frequency [Hz]. */
    public double prfHz() {
        return scale.prfHz();
    }

    /** Mean power ⟨|x|²⟩ over pulses [from, to). */
    public double meanPower(int from, int to) {
        double sum = 0;
        for (int n = from; n < to; n++) {
            sum += re(n) * re(n) + im(n) * im(n);
        }
        return sum / (to - from);
    }

    /** A signal with the same scale and new samples, the first {@code droppedAtStart} samples later. */
    public SlowTimeSignal withIq(float[] newIq, int droppedAtStart) {
        return new SlowTimeSignal(newIq, scale, startTimeS + droppedAtStart / scale.prfHz());
    }
}
