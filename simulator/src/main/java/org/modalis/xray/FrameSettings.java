package org.modalis.xray;

/**
 * Timing and motion of a dynamic acquisition (fluoroscopy or DSA): pulsed exposures at {@code pulseRateHz} for
 * {@code durationS}, each of the job's mAs (the dose per pulse), a recursive temporal filter of weight
 * {@code lagAlpha}, and the object moving along x at {@code motionMmPerS}.
 *
 * @param pulseRateHz  pulses (frames) per second, 0.5 … 30
 * @param durationS    acquisition time [s], 0.1 … 60; frames = max(1, round(rate·duration)), at most 600
 * @param lagAlpha     recursive filter weight of the newest frame, (0, 1] (1 = off)
 * @param motionMmPerS object velocity along x [mm/s], −1000 … 1000
 */
public record FrameSettings(double pulseRateHz, double durationS, double lagAlpha, double motionMmPerS) {

    /** Upper bound on the number of frames (memory: frames × pixels floats). */
    public static final int MAX_FRAMES = 600;

    public FrameSettings {
        if (!(pulseRateHz >= 0.5 && pulseRateHz <= 30)) {
            throw new IllegalArgumentException("pulse rate must be in [0.5, 30] /s, got " + pulseRateHz);
        }
        if (!(durationS >= 0.1 && durationS <= 60)) {
            throw new IllegalArgumentException("duration must be in [0.1, 60] s, got " + durationS);
        }
        if (!(motionMmPerS >= -1000 && motionMmPerS <= 1000)) {
            throw new IllegalArgumentException("motion must be in [-1000, 1000] mm/s, got " + motionMmPerS);
        }
        new RecursiveFilter(lagAlpha);
        if (frames(pulseRateHz, durationS) > MAX_FRAMES) {
            throw new IllegalArgumentException("pulse rate × duration gives " + frames(pulseRateHz, durationS)
                    + " frames, more than " + MAX_FRAMES);
        }
    }

    private static int frames(double rate, double duration) {
        return Math.max(1, (int) Math.round(rate * duration));
    }

    /** Number of frames. */
    public int frames() {
        return frames(pulseRateHz, durationS);
    }

    /** Time of frame n [s]. */
    public double timeS(int n) {
        return n / pulseRateHz;
    }
}
