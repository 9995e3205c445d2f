package org.modalis.mri.bloch;

/**
 * The ensemble-mean magnetization sampled at t_i = i·dt (after the pulses played at t_i), in units of M0.
 *
 * @param dt  sampling step [s]
 * @param mx  mean Mx
 * @param my  mean My
 * @param mz  mean Mz
 */
public record BlochTrace(double dt, double[] mx, double[] my, double[] mz) {

    public int samples() {
        return mx.length;
    }

    /** t_i [s]. */
    public double time(int i) {
        return i * dt;
    }

    /** |Mxy| of the ensemble mean at sample i: the signal a receive coil sees. */
    public double transverse(int i) {
        return Math.hypot(mx[i], my[i]);
    }

    /** |Mxy| at the sample nearest to t [s]. */
    public double transverseAt(double t) {
        return transverse(index(t));
    }

    /** Mz at the sample nearest to t [s]. */
    public double longitudinalAt(double t) {
        return mz[index(t)];
    }

    private int index(double t) {
        int i = (int) Math.round(t / dt);
        if (i < 0 || i >= samples()) {
            throw new IllegalArgumentException("t = " + t + " s is outside the simulated 0 … " + time(samples() - 1) + " s");
        }
        return i;
    }

    /** Rows (t, Mx, My, Mz, |Mxy|), row-major: the layout of {@code bloch.npy}. */
    public double[] table() {
        double[] out = new double[5 * samples()];
        for (int i = 0; i < samples(); i++) {
            out[5 * i] = time(i);
            out[5 * i + 1] = mx[i];
            out[5 * i + 2] = my[i];
            out[5 * i + 3] = mz[i];
            out[5 * i + 4] = transverse(i);
        }
        return out;
    }
}
