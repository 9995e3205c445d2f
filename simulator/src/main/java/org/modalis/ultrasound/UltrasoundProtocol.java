package org.modalis.ultrasound;

/**
 * The knobs a sonographer turns. The beamformer assumes {@link #ASSUMED_SPEED} everywhere, as scanners do.
 *
 * @param depth              depth of view [m], in [5, 300] mm
 * @param transmitFocus      transmit focal depth [m], in (0, 300] mm
 * @param lines              number of scan lines, in [1, 1024]
 * @param lineSpan           linear array: lateral span [m] of the lines (0 = the array's own width, element
 *                           centre to element centre); phased array: sector angle [rad], in (0, 150°]
 * @param transmitFNumber    focal depth / transmit aperture width, in [0.5, 20] (aperture capped at the array)
 * @param receiveFNumber     depth / receive aperture width of the expanding aperture, in [0.5, 20]
 * @param tgcDbPerCm         time-gain compensation slope [dB/cm of depth], in [0, 20]
 * @param gainDb             overall receive gain [dB], in [−60, 100]
 * @param dynamicRangeDb     displayed dynamic range [dB], in [10, 120]
 * @param noiseDb            electronic noise rms per channel sample [dB] relative to the one-element echo of a unit
 *                           scatterer (backscatter 1) 1 cm deep without attenuation, in [−200, 40]
 * @param samplesPerPeriod   RF sampling rate / f₀, in [4, 32]
 * @param beamFloorDb        a scatterer is simulated on a line only where that line's transmit field is above this
 *                           level relative to its focal maximum [dB], in [−100, −10]
 */
public record UltrasoundProtocol(double depth, double transmitFocus, int lines, double lineSpan, double transmitFNumber,
                                 double receiveFNumber, double tgcDbPerCm, double gainDb, double dynamicRangeDb,
                                 double noiseDb, double samplesPerPeriod, double beamFloorDb) {

    /** The speed of sound every clinical beamformer assumes [m/s]. */
    public static final double ASSUMED_SPEED = 1540;
    /** Widest phased-array sector [rad]: 150°; a linear array's span [m] is far below this number. */
    static final double MAX_SECTOR = Math.toRadians(150);

    public UltrasoundProtocol {
        range("depth", depth * 1e3, 5, 300, "mm");
        if (!(transmitFocus > 0 && transmitFocus <= 0.3)) {
            throw new IllegalArgumentException("transmit focus must be in (0, 300] mm, got " + transmitFocus * 1e3 + " mm");
        }
        if (lines < 1 || lines > 1024) {
            throw new IllegalArgumentException("lines must be in [1, 1024], got " + lines);
        }
        if (!(lineSpan >= 0 && lineSpan <= MAX_SECTOR)) {
            throw new IllegalArgumentException("line span must be in [0, 300] mm (linear) or [0, 150°] (phased), got " + lineSpan);
        }
        range("transmit F-number", transmitFNumber, 0.5, 20, "");
        range("receive F-number", receiveFNumber, 0.5, 20, "");
        range("TGC", tgcDbPerCm, 0, 20, "dB/cm");
        range("gain", gainDb, -60, 100, "dB");
        range("dynamic range", dynamicRangeDb, 10, 120, "dB");
        range("noise level", noiseDb, -200, 40, "dB");
        range("samples per period", samplesPerPeriod, 4, 32, "");
        range("beam floor", beamFloorDb, -100, -10, "dB");
    }

    private static void range(String what, double v, double lo, double hi, String unit) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(what + " must be in [" + lo + ", " + hi + "] " + unit + ", got " + v);
        }
    }

    /** A plain default for a 5 MHz linear B-mode: 6 cm, focus 3 cm, 128 lines, F/2, 0.5 dB/cm·MHz TGC at 5 MHz. */
    public static UltrasoundProtocol defaults() {
        return new UltrasoundProtocol(0.06, 0.03, 128, 0, 2, 2, 5, 0, 60, -40, 8, -40);
    }

    public UltrasoundProtocol withDepthAndFocus(double newDepth, double newFocus) {
        return new UltrasoundProtocol(newDepth, newFocus, lines, lineSpan, transmitFNumber, receiveFNumber, tgcDbPerCm,
                gainDb, dynamicRangeDb, noiseDb, samplesPerPeriod, beamFloorDb);
    }

    public UltrasoundProtocol withLines(int newLines, double newSpan) {
        return new UltrasoundProtocol(depth, transmitFocus, newLines, newSpan, transmitFNumber, receiveFNumber, tgcDbPerCm,
                gainDb, dynamicRangeDb, noiseDb, samplesPerPeriod, beamFloorDb);
    }

    public UltrasoundProtocol withNoise(double newNoiseDb) {
        return new UltrasoundProtocol(depth, transmitFocus, lines, lineSpan, transmitFNumber, receiveFNumber, tgcDbPerCm,
                gainDb, dynamicRangeDb, newNoiseDb, samplesPerPeriod, beamFloorDb);
    }

    public UltrasoundProtocol withTgc(double newTgcDbPerCm, double newGainDb) {
        return new UltrasoundProtocol(depth, transmitFocus, lines, lineSpan, transmitFNumber, receiveFNumber, newTgcDbPerCm,
                newGainDb, dynamicRangeDb, noiseDb, samplesPerPeriod, beamFloorDb);
    }
}
