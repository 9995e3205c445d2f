package org.modalis.ultrasound.doppler;

/**
 * The knobs of a pulsed-wave Doppler examination.
 *
 * @param centreFrequencyHz transmit centre frequency f0 [Hz]
 * @param fractionalBandwidth −6 dB pulse-echo bandwidth over f0 of the Gaussian-modulated pulse [1]
 * @param prfHz pulse repetition frequency [Hz]; the slow-time sampling rate
 * @param gateDepthM depth of the centre of the range gate [m]
 * @param gateLengthM axial length of the range gate (sample volume) [m]
 * @param angleDeg insonation angle θ between the beam and the vessel axis [deg]; also the angle used for
 *        angle correction of the velocity scale
 * @param beamWidthM −6 dB full width of the two-way (pulse-echo) lateral beam profile at the gate [m]
 * @param pulses number of pulses acquired (slow-time samples)
 * @param fftLength spectral window length (slow-time samples per FFT)
 * @param wallFilterCutoffHz wall (clutter) filter cutoff [Hz]; 0 switches the filter off
 * @param snrDb blood-to-thermal-noise ratio [dB] for blood filling the sample volume;
 *        {@link Double#POSITIVE_INFINITY} for a noise-free signal
 * @param soundSpeed speed of sound c [m/s]
 */
public record DopplerProtocol(double centreFrequencyHz, double fractionalBandwidth, double prfHz, double gateDepthM,
        double gateLengthM, double angleDeg, double beamWidthM, int pulses, int fftLength, double wallFilterCutoffHz,
        double snrDb, double soundSpeed) {

    /** Soft-tissue speed of sound assumed by scanners [m/s]. */
    public static final double SOFT_TISSUE_SOUND_SPEED = 1540;

    public DopplerProtocol {
        check(centreFrequencyHz, 1e6, 20e6, 1e-6, "centre frequency", "MHz");
        check(fractionalBandwidth, 0.05, 1.5, 1, "fractional bandwidth", "");
        check(prfHz, 100, 50e3, 1e-3, "PRF", "kHz");
        check(gateDepthM, 2e-3, 0.25, 1e3, "gate depth", "mm");
        check(gateLengthM, 0.2e-3, 20e-3, 1e3, "gate length", "mm");
        check(angleDeg, 0, 80, 1, "insonation angle", "deg (angle correction beyond 80° is meaningless)");
        check(beamWidthM, 0.1e-3, 100e-3, 1e3, "beam width", "mm");
        check(soundSpeed, 1300, 1800, 1, "speed of sound", "m/s");
        check(snrDb, -20, Double.POSITIVE_INFINITY, 1, "SNR", "dB (or +Infinity for no noise)");
        if (fftLength < 16 || fftLength > 4096) {
            throw new IllegalArgumentException("FFT length must be 16…4096 pulses, got " + fftLength);
        }
        if (pulses < fftLength || pulses > 2_000_000) {
            throw new IllegalArgumentException("pulses must be FFT length (" + fftLength + ")…2000000, got " + pulses);
        }
        if (!(wallFilterCutoffHz >= 0 && wallFilterCutoffHz <= prfHz / 4)) {
            throw new IllegalArgumentException("wall filter cutoff must be 0…PRF/4 = " + prfHz / 4 + " Hz, got "
                    + wallFilterCutoffHz + " Hz");
        }
        int filterLength = wallFilterCutoffHz == 0 ? 1 : FirWallFilter.length(wallFilterCutoffHz, prfHz);
        if (pulses < fftLength + filterLength - 1) {
            throw new IllegalArgumentException("pulses must be at least FFT length + wall filter length − 1 = "
                    + (fftLength + filterLength - 1) + " (a " + wallFilterCutoffHz + " Hz filter at PRF " + prfHz
                    + " Hz spans " + filterLength + " pulses), got " + pulses);
        }
        double maxPrf = soundSpeed / (2 * (gateDepthM + gateLengthM / 2));
        if (prfHz > maxPrf) {
            throw new IllegalArgumentException("PRF " + prfHz + " Hz exceeds c/(2·depth) = " + Math.round(maxPrf)
                    + " Hz at this gate depth: the echo would return after the next pulse left (range ambiguity)");
        }
    }

    /** A 5 MHz, 5 kHz PRF examination at 60° with a 2 mm gate at 20 mm, 2 s long, 30 dB SNR. */
    public static DopplerProtocol defaults() {
        return new DopplerProtocol(5e6, 0.5, 5e3, 20e-3, 2e-3, 60, 1e-3, 10_000, 128, 100, 30, SOFT_TISSUE_SOUND_SPEED);
    }

    public DopplerProtocol withAngleDeg(double a) {
        return new DopplerProtocol(centreFrequencyHz, fractionalBandwidth, prfHz, gateDepthM, gateLengthM, a, beamWidthM,
                pulses, fftLength, wallFilterCutoffHz, snrDb, soundSpeed);
    }

    public DopplerProtocol withGate(double depthM, double lengthM) {
        return new DopplerProtocol(centreFrequencyHz, fractionalBandwidth, prfHz, depthM, lengthM, angleDeg, beamWidthM,
                pulses, fftLength, wallFilterCutoffHz, snrDb, soundSpeed);
    }

    public DopplerProtocol withBeamWidthM(double w) {
        return new DopplerProtocol(centreFrequencyHz, fractionalBandwidth, prfHz, gateDepthM, gateLengthM, angleDeg, w,
                pulses, fftLength, wallFilterCutoffHz, snrDb, soundSpeed);
    }

    public DopplerProtocol withPulses(int n) {
        return new DopplerProtocol(centreFrequencyHz, fractionalBandwidth, prfHz, gateDepthM, gateLengthM, angleDeg,
                beamWidthM, n, fftLength, wallFilterCutoffHz, snrDb, soundSpeed);
    }

    public DopplerProtocol withPrfHz(double prf) {
        return new DopplerProtocol(centreFrequencyHz, fractionalBandwidth, prf, gateDepthM, gateLengthM, angleDeg,
                beamWidthM, pulses, fftLength, Math.min(wallFilterCutoffHz, prf / 4), snrDb, soundSpeed);
    }

    public DopplerProtocol withWallFilterCutoffHz(double hz) {
        return new DopplerProtocol(centreFrequencyHz, fractionalBandwidth, prfHz, gateDepthM, gateLengthM, angleDeg,
                beamWidthM, pulses, fftLength, hz, snrDb, soundSpeed);
    }

    public DopplerProtocol withSnrDb(double db) {
        return new DopplerProtocol(centreFrequencyHz, fractionalBandwidth, prfHz, gateDepthM, gateLengthM, angleDeg,
                beamWidthM, pulses, fftLength, wallFilterCutoffHz, db, soundSpeed);
    }

    /** Converts between Doppler frequency and angle-corrected velocity for this protocol. */
    public DopplerScale scale() {
        return new DopplerScale(centreFrequencyHz, prfHz, angleDeg, soundSpeed);
    }

    private static void check(double v, double lo, double hi, double show, String what, String unit) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(what + " must be " + lo * show + "…" + hi * show + " " + unit
                    + ", got " + v * show);
        }
    }
}
