package org.modalis.ultrasound.doppler;

/**
 * The Doppler equation f_D = 2·f0·v·cos θ / c and its inverse with angle correction, v = c·f_D / (2·f0·cos θ),
 * and the aliasing limit it implies: slow time is sampled at the PRF, so only |f_D| &lt; PRF/2 is unambiguous,
 * i.e. |v| &lt; v_Nyq = c·PRF / (4·f0·cos θ) (Evans &amp; McDicken 2000, ch. 2 and 6).
 *
 * @param centreFrequencyHz f0 [Hz]
 * @param prfHz pulse repetition frequency [Hz]
 * @param angleDeg angle between beam and flow used for the correction [deg]
 * @param soundSpeed c [m/s]
 */
public record DopplerScale(double centreFrequencyHz, double prfHz, double angleDeg, double soundSpeed) {

    public DopplerScale {
        if (!(centreFrequencyHz > 0 && prfHz > 0 && soundSpeed > 0)) {
            throw new IllegalArgumentException("f0, PRF and c must be positive");
        }
        if (!(angleDeg >= 0 && angleDeg <= 89)) {
            throw new IllegalArgumentException("correction angle must be 0…89 deg, got " + angleDeg);
        }
    }

    /** Angle-corrected velocity [m/s] of Doppler frequency {@code fHz}. */
    public double velocity(double fHz) {
        return soundSpeed * fHz / (2 * centreFrequencyHz * Math.cos(Math.toRadians(angleDeg)));
    }

    /** Doppler frequency [Hz] of velocity {@code v} [m/s] (positive towards the transducer). */
    public double frequency(double v) {
        return 2 * centreFrequencyHz * v * Math.cos(Math.toRadians(angleDeg)) / soundSpeed;
    }

    /** v_Nyq = c·PRF / (4·f0·cos θ) [m/s]: the largest unaliased speed. */
    public double nyquistVelocity() {
        return velocity(prfHz / 2);
    }

    /** The velocity [m/s] that {@code v} is displayed as after aliasing into [−v_Nyq, v_Nyq). */
    public double aliased(double v) {
        double vn = nyquistVelocity();
        return v - 2 * vn * Math.floor((v + vn) / (2 * vn));
    }
}
