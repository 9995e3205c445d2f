package org.modalis.ultrasound;

/**
 * A specular wall across the beam moving sinusoidally in depth, z(t) = z₀ + A·sin(2πf·t): the heart wall or a
 * valve leaflet of an M-mode lesson.
 *
 * @param depth       rest depth z₀ [m], in (0, 0.3]
 * @param amplitude   excursion A [m], in [0, 0.05], with z₀ − A &gt; 0
 * @param rateHz      oscillation frequency f [Hz], in [0, 20] (a heart at 60/min: 1 Hz)
 * @param reflection  pressure reflection coefficient of the wall, in [−1, 1]
 * @param width       lateral extent [m] centred on the beam, in (0, 0.1]
 */
public record MovingWall(double depth, double amplitude, double rateHz, double reflection, double width) {

    public MovingWall {
        if (!(depth > 0 && depth <= 0.3) || !(amplitude >= 0 && amplitude <= 0.05) || !(depth - amplitude > 0)) {
            throw new IllegalArgumentException("wall depth must be in (0, 300] mm with an excursion in [0, 50] mm that keeps"
                    + " it below the probe, got depth " + depth * 1e3 + " mm, excursion " + amplitude * 1e3 + " mm");
        }
        if (!(rateHz >= 0 && rateHz <= 20)) {
            throw new IllegalArgumentException("wall rate must be in [0, 20] Hz, got " + rateHz);
        }
        if (!(Math.abs(reflection) <= 1)) {
            throw new IllegalArgumentException("reflection coefficient must be in [-1, 1], got " + reflection);
        }
        if (!(width > 0 && width <= 0.1)) {
            throw new IllegalArgumentException("wall width must be in (0, 100] mm, got " + width * 1e3 + " mm");
        }
    }

    /** Depth [m] at time t [s]. */
    public double depthAt(double t) {
        return depth + amplitude * Math.sin(2 * Math.PI * rateHz * t);
    }
}
