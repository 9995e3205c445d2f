package org.modalis.ultrasound;

/**
 * The knobs a sonographer turns. The beamformer assumes one speed of sound everywhere, as scanners do: its
 * focusing delays and its time-to-depth scale use {@code assumedSpeed}, normally {@link #NOMINAL_SPEED}; sound
 * itself travels at each tissue's own speed.
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
 * @param assumedSpeed       the scanner's speed-of-sound setting [m/s], in [1300, 1800] (1540 on every clinical
 *                           scanner; some offer a lower "fat" setting — a wrong setting misplaces and defocuses)
 */
public record UltrasoundProtocol(double depth, double transmitFocus, int lines, double lineSpan, double transmitFNumber,
                                 double receiveFNumber, double tgcDbPerCm, double gainDb, double dynamicRangeDb,
                                 double noiseDb, double samplesPerPeriod, double beamFloorDb, double assumedSpeed) {

    /**
     * The soft-tissue average speed of sound [m/s] (ICRU 61): what every clinical beamformer assumes, and the
     * speed at which the model's narrow-band fields propagate and its wavelength-sized grids are laid out.
     */
    public static final double NOMINAL_SPEED = 1540;
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
        range("assumed speed of sound", assumedSpeed, 1300, 1800, "m/s");
    }

    /** Settings with the scanner's speed of sound at {@link #NOMINAL_SPEED}. */
    public UltrasoundProtocol(double depth, double transmitFocus, int lines, double lineSpan, double transmitFNumber,
                              double receiveFNumber, double tgcDbPerCm, double gainDb, double dynamicRangeDb,
                              double noiseDb, double samplesPerPeriod, double beamFloorDb) {
        this(depth, transmitFocus, lines, lineSpan, transmitFNumber, receiveFNumber, tgcDbPerCm, gainDb, dynamicRangeDb,
                noiseDb, samplesPerPeriod, beamFloorDb, NOMINAL_SPEED);
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
                gainDb, dynamicRangeDb, noiseDb, samplesPerPeriod, beamFloorDb, assumedSpeed);
    }

    public UltrasoundProtocol withLines(int newLines, double newSpan) {
        return new UltrasoundProtocol(depth, transmitFocus, newLines, newSpan, transmitFNumber, receiveFNumber, tgcDbPerCm,
                gainDb, dynamicRangeDb, noiseDb, samplesPerPeriod, beamFloorDb, assumedSpeed);
    }

    public UltrasoundProtocol withNoise(double newNoiseDb) {
        return new UltrasoundProtocol(depth, transmitFocus, lines, lineSpan, transmitFNumber, receiveFNumber, tgcDbPerCm,
                gainDb, dynamicRangeDb, newNoiseDb, samplesPerPeriod, beamFloorDb, assumedSpeed);
    }

    public UltrasoundProtocol withAssumedSpeed(double newSpeed) {
        return new UltrasoundProtocol(depth, transmitFocus, lines, lineSpan, transmitFNumber, receiveFNumber, tgcDbPerCm,
                gainDb, dynamicRangeDb, noiseDb, samplesPerPeriod, beamFloorDb, newSpeed);
    }

    /**
     * These settings with the display chain (gain, TGC, dynamic range) at neutral values: what the echoes depend
     * on, as a key for reusing them ({@link UltrasoundEchoMemo}).
     */
    public UltrasoundProtocol acquisitionPart() {
        return new UltrasoundProtocol(depth, transmitFocus, lines, lineSpan, transmitFNumber, receiveFNumber, 0, 0, 60,
                noiseDb, samplesPerPeriod, beamFloorDb, assumedSpeed);
    }

    /**
     * The settings the noise-free echoes depend on: {@link #acquisitionPart} without the electronic noise, which is
     * drawn and beamformed apart from them (beamforming is linear).
     */
    public UltrasoundProtocol signalPart() {
        return acquisitionPart().withNoise(0);
    }

    /** Metres of depth per sample of the line at sampling rate fs [Hz]: c_assumed/(2·fs), the scanner's scale. */
    public double metresPerSample(double samplingRate) {
        return assumedSpeed / (2 * samplingRate);
    }

    public UltrasoundProtocol withTgc(double newTgcDbPerCm, double newGainDb) {
        return new UltrasoundProtocol(depth, transmitFocus, lines, lineSpan, transmitFNumber, receiveFNumber, newTgcDbPerCm,
                newGainDb, dynamicRangeDb, noiseDb, samplesPerPeriod, beamFloorDb, assumedSpeed);
    }
}
