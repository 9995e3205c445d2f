package org.modalis.ultrasound;

/**
 * The shape of per-element channel data, [line][aperture element][sample], and the geometry the beamformer
 * needs to delay it: which array elements each line recorded (a linear array's receive sub-aperture slides with
 * the line; a phased array records every element), their x positions, and the sampling rate. Plain arrays, so
 * the GL twin of the beamformer can take them as they are.
 *
 * @param lines        scan lines
 * @param aperture     elements recorded per line
 * @param samples      samples per element trace (t = k / fs from the transmit instant)
 * @param samplingRate fs [Hz]
 * @param elementX     x [m] of aperture element a of line l at [l·aperture + a]
 */
public record ChannelLayout(int lines, int aperture, int samples, double samplingRate, float[] elementX) {

    public ChannelLayout {
        if (elementX.length != lines * aperture) {
            throw new IllegalArgumentException("elementX needs lines × aperture = " + lines * aperture + " entries, got "
                    + elementX.length);
        }
    }

    /** Floats in one line's traces. */
    public int lineSize() {
        return aperture * samples;
    }

    /**
     * Sensitivity of aperture element a of line l on {@code probe} ({@link Transducer#elementGain}: 1, or a fault's
     * gain), found by the element's position.
     */
    public double elementGain(Transducer probe, int l, int a) {
        return probe.elementGain(probe.elementNearest(elementX[l * aperture + a]));
    }

    /** The layout of a probe and protocol: the receive sub-aperture is as wide as the deepest F-number aperture. */
    public static ChannelLayout of(Transducer probe, UltrasoundProtocol protocol, ScanLines lines) {
        int n = probe.elements();
        int aperture = n;
        if (probe.type() == ArrayType.LINEAR) {
            int half = (int) Math.ceil(protocol.depth() / (2 * protocol.receiveFNumber()) / probe.pitch()) + 1;
            aperture = Math.min(n, 2 * half + 1);
        }
        double fs = protocol.samplesPerPeriod() * probe.centreFrequencyHz();
        GaussianPulse pulse = new GaussianPulse(probe.centreFrequencyHz(), probe.fractionalBandwidth());
        double duration = 2 * protocol.depth() / protocol.assumedSpeed() + GaussianPulse.HALF_LENGTH_SIGMAS * pulse.sigmaT();
        int samples = (int) Math.ceil(duration * fs) + 1;
        float[] x = new float[lines.count() * aperture];
        for (int l = 0; l < lines.count(); l++) {
            int first = firstElement(probe, lines.originX(l), aperture);
            for (int a = 0; a < aperture; a++) {
                x[l * aperture + a] = (float) probe.elementX(first + a);
            }
        }
        return new ChannelLayout(lines.count(), aperture, samples, fs, x);
    }

    /** First element of the sub-aperture of {@code size} elements centred nearest to x [m]. */
    static int firstElement(Transducer probe, double x, int size) {
        int centre = (int) Math.round(x / probe.pitch() + (probe.elements() - 1) / 2.0);
        return Math.max(0, Math.min(probe.elements() - size, centre - size / 2));
    }
}
