package org.modalis.xray;

/**
 * The display chain of digital radiography: logarithm (the detector signal is linear in exposure, the eye and
 * film respond to its logarithm), a window on −ln(relative exposure), then a gamma: grey = clamp((a − lo)/w)^γ
 * with a = −ln t, lo = level − width/2. Attenuation is bright, as on film. γ &gt; 1 darkens the mid-tones
 * (more contrast in the dense parts), γ &lt; 1 brightens them.
 *
 * @param level centre of the window in units of −ln t (0 = unattenuated)
 * @param width width of the window in units of −ln t, &gt; 0
 * @param gamma display gamma, 0.2 … 5
 */
public record DisplayLut(double level, double width, double gamma) {

    public DisplayLut {
        if (!(width > 0) || !Double.isFinite(level)) {
            throw new IllegalArgumentException("display window needs a finite level and width > 0, got " + level + ", " + width);
        }
        if (!(gamma >= 0.2 && gamma <= 5)) {
            throw new IllegalArgumentException("display gamma must be in [0.2, 5], got " + gamma);
        }
    }

    /** Grey level in [0, 1] of relative exposure t (floored at 10⁻⁹, so burnt-out or empty pixels stay finite). */
    public double grey(double relativeExposure) {
        double a = -Math.log(Math.max(relativeExposure, 1e-9));
        double u = Math.min(Math.max((a - (level - width / 2)) / width, 0), 1);
        return Math.pow(u, gamma);
    }

    /** Grey levels of a whole image into {@code out}. */
    public void apply(float[] relativeExposure, float[] out) {
        for (int k = 0; k < out.length; k++) {
            out[k] = (float) grey(relativeExposure[k]);
        }
    }
}
