package org.modalis.xray;

/**
 * First-order recursive temporal filter of fluoroscopy (frame averaging with "lag"): y_n = α·x_n + (1 − α)·y_{n−1},
 * y_0 = x_0. For white noise of variance σ² per frame the output variance is
 * σ²·α/(2 − α)·(1 − (1 − α)^{2n}) + σ²(1 − α)^{2n}: the sum of the squared weights α²(1 − α)^{2k} (k &lt; n) plus
 * (1 − α)^{2n} for y_0, tending to α/(2 − α) (Aufrichtig et al., Med. Phys. 21:1669, 1994 give the same for
 * the steady state); a moving edge leaves an exponential trail with time constant −1/ln(1 − α) frames.
 *
 * @param alpha weight of the newest frame, (0, 1]; 1 = no filtering
 */
public record RecursiveFilter(double alpha) {

    public RecursiveFilter {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("recursive filter weight must be in (0, 1], got " + alpha);
        }
    }

    /** Updates {@code state} (y_{n−1}, or null for the first frame) with frame x_n into {@code out}; returns out. */
    public float[] step(float[] state, float[] frame, float[] out) {
        for (int k = 0; k < frame.length; k++) {
            out[k] = state == null ? frame[k] : (float) (alpha * frame[k] + (1 - alpha) * state[k]);
        }
        return out;
    }

    /** Output noise variance over input variance after frame n (n = 0 is the first frame) for white noise. */
    public double varianceRatio(int n) {
        double decay = Math.pow(1 - alpha, 2.0 * n);
        return alpha / (2 - alpha) * (1 - decay) + decay;
    }
}
