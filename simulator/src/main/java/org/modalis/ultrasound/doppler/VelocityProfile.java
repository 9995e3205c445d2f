package org.modalis.ultrasound.doppler;

/**
 * Blood velocity along the vessel axis as a function of the normalised radius ρ = r/R ∈ [0, 1] and time.
 * Positive velocity is flow towards the transducer.
 */
public sealed interface VelocityProfile permits VelocityProfile.Plug, VelocityProfile.Laminar, VelocityProfile.Pulsatile {

    /** Spatial factor at normalised radius ρ (1 on the axis). */
    double shape(double rho);

    /** Time factor [m/s]: velocity = shape(ρ) · amplitude(t). */
    double amplitude(double t);

    /** ∫ amplitude dt′ over [t0, t1] [m]: how far a scatterer on the axis moves between two pulses. */
    double displacement(double t0, double t1);

    /** Largest |velocity| anywhere in the lumen over time [m/s]. */
    double peakSpeed();

    /** Velocity [m/s] at normalised radius ρ and time t [s]. */
    default double velocity(double rho, double t) {
        return shape(rho) * amplitude(t);
    }

    /** The same velocity v [m/s] everywhere in the lumen. */
    record Plug(double velocity) implements VelocityProfile {
        public Plug {
            checkSpeed(velocity, "plug velocity");
        }

        @Override public double shape(double rho) {
            return 1;
        }

        @Override public double amplitude(double t) {
            return velocity;
        }

        @Override public double displacement(double t0, double t1) {
            return velocity * (t1 - t0);
        }

        @Override public double peakSpeed() {
            return Math.abs(velocity);
        }
    }

    /** Poiseuille flow v(r) = v_max·(1 − r²/R²), the steady laminar profile in a straight tube. */
    record Laminar(double maxVelocity) implements VelocityProfile {
        public Laminar {
            checkSpeed(maxVelocity, "laminar centre-line velocity");
        }

        @Override public double shape(double rho) {
            return 1 - rho * rho;
        }

        @Override public double amplitude(double t) {
            return maxVelocity;
        }

        @Override public double displacement(double t0, double t1) {
            return maxVelocity * (t1 - t0);
        }

        @Override public double peakSpeed() {
            return Math.abs(maxVelocity);
        }
    }

    /**
     * A periodic centre-line velocity {@code peakVelocity · waveform(t)}, with a parabolic or flat profile across
     * the lumen (quasi-steady: the profile shape does not change over the cycle).
     */
    record Pulsatile(double peakVelocity, CardiacWaveform waveform, boolean parabolic) implements VelocityProfile {
        /**
         * Integration step for the displacement [s]: the narrowest waveform pulse has σ = 0.045·T ≥ 13 ms (at
         * 200 beats/min), so the trapezoid error, ~(h/σ)²/12, stays below 2·10⁻⁵.
         */
        private static final double STEP_S = 2e-4;

        public Pulsatile {
            checkSpeed(peakVelocity, "pulsatile peak velocity");
            java.util.Objects.requireNonNull(waveform, "waveform");
        }

        @Override public double shape(double rho) {
            return parabolic ? 1 - rho * rho : 1;
        }

        @Override public double amplitude(double t) {
            return peakVelocity * waveform.value(t);
        }

        @Override public double displacement(double t0, double t1) {
            return peakVelocity * waveform.integral(t0, t1, STEP_S);
        }

        @Override public double peakSpeed() {
            return Math.abs(peakVelocity);
        }
    }

    private static void checkSpeed(double v, String what) {
        if (!(Math.abs(v) <= 10)) {
            throw new IllegalArgumentException(what + " must be within −10…10 m/s, got " + v + " m/s");
        }
    }
}
