package org.modalis.ultrasound;

/**
 * What a scanner does between the beamformer and the screen: time-gain compensation, G(r) = gain + TGC·r
 * [dB] with r the displayed depth (c·t/2) in cm, applied to the envelope, then log compression to decibels,
 * 20·log10(envelope) + G(r) − {@value #DISPLAY_REFERENCE_DB} dB, clipped below at −(dynamic range) − 10 dB. The
 * reference is a calibration of the display: it puts liver speckle near −30 dB at 0 dB gain and matched TGC. The display shows [−DR, 0] dB, so
 * 0 dB is white: turning the gain up saturates, turning it down buries echoes in black.
 */
public final class BModeProcessing {

    /** Envelope level [dB re a unit envelope] shown as 0 dB (white) at 0 dB gain. */
    public static final double DISPLAY_REFERENCE_DB = 25;

    private BModeProcessing() {
    }

    /** Gain [dB] at output sample k (range c·k/(2fs)). */
    public static double gainDb(UltrasoundProtocol protocol, int k, double samplingRate) {
        double rangeCm = protocol.metresPerSample(samplingRate) * k * 100;
        return protocol.gainDb() + protocol.tgcDbPerCm() * rangeCm;
    }

    /** Envelope × TGC/gain (linear amplitude) into {@code out}. */
    public static void compensate(float[] envelope, int lines, int samples, double samplingRate,
                                  UltrasoundProtocol protocol, float[] out) {
        for (int k = 0; k < samples; k++) {
            float g = (float) Math.pow(10, gainDb(protocol, k, samplingRate) / 20);
            for (int l = 0; l < lines; l++) {
                out[l * samples + k] = envelope[l * samples + k] * g;
            }
        }
    }

    /** 20·log10 of a compensated envelope, floored at −(dynamic range + 10) dB (samples in parallel). */
    public static void logCompress(float[] compensated, double dynamicRangeDb, float[] out) {
        float floor = (float) (-dynamicRangeDb - 10);
        java.util.stream.IntStream.range(0, compensated.length).parallel().forEach(i -> {
            double v = compensated[i];
            out[i] = v > 0 ? (float) Math.max(floor, 20 * Math.log10(v) - DISPLAY_REFERENCE_DB) : floor;
        });
    }
}
