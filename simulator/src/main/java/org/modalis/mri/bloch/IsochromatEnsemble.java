package org.modalis.mri.bloch;

import java.util.Arrays;

/**
 * Isochromats in the rotating frame: each a magnetization vector (Mx, My, Mz) [units of M0] precessing at its
 * own off-resonance Δf [Hz], all sharing T1 and T2. A spread of Δf is what makes the free induction decay
 * faster than T2 (T2*) while leaving it refocusable by a 180° pulse. Mutable state of one simulation (not
 * thread-safe); the arrays are plain so that a step over thousands of isochromats stays a tight loop.
 */
public final class IsochromatEnsemble {

    private final double[] offsetHz;
    private final double[] mx;
    private final double[] my;
    private final double[] mz;

    private IsochromatEnsemble(double[] offsetHz) {
        this.offsetHz = offsetHz.clone();
        int n = offsetHz.length;
        mx = new double[n];
        my = new double[n];
        mz = new double[n];
        Arrays.fill(mz, 1);   // at equilibrium: M = M0·ẑ
    }

    /** Isochromats at the given offsets [Hz], at equilibrium. */
    public static IsochromatEnsemble ofOffsets(double[] offsetHz) {
        if (offsetHz.length == 0) {
            throw new IllegalArgumentException("an ensemble needs at least one isochromat");
        }
        for (double f : offsetHz) {
            if (!Double.isFinite(f)) {
                throw new IllegalArgumentException("off-resonance must be finite [Hz], got " + f);
            }
        }
        return new IsochromatEnsemble(offsetHz);
    }

    /**
     * n isochromats whose offsets are the quantiles Δf_j = (Γ/2)·tan(π((j + ½)/n − ½)) of a Lorentzian
     * (Cauchy) line of full width at half maximum Γ [Hz]. The ensemble FID is then the Fourier transform of the
     * line, e^(−πΓ|t|) (exact for n → ∞), so 1/T2* = 1/T2 + πΓ: the classic Lorentzian-broadening definition
     * of T2* (Haacke et al. 1999, §20.1; Γ = γΔB0/(π) for a Lorentzian field distribution of half-width ΔB0).
     * Deterministic quantiles rather than random draws: the same n gives the same curve and the error of the
     * ensemble mean falls as 1/n instead of 1/√n.
     *
     * @param n       isochromats, 1 … 1 000 000
     * @param fwhmHz  Γ [Hz], ≥ 0 (0: all on resonance)
     */
    public static IsochromatEnsemble lorentzian(int n, double fwhmHz) {
        if (n < 1 || n > 1_000_000) {
            throw new IllegalArgumentException("isochromats must be in [1, 1000000], got " + n);
        }
        if (!(fwhmHz >= 0) || !Double.isFinite(fwhmHz)) {
            throw new IllegalArgumentException("line width (FWHM) must be ≥ 0 Hz, got " + fwhmHz);
        }
        double[] f = new double[n];
        for (int j = 0; j < n; j++) {
            f[j] = 0.5 * fwhmHz * Math.tan(Math.PI * ((j + 0.5) / n - 0.5));
        }
        return new IsochromatEnsemble(f);
    }

    /**
     * n isochromats with offsets Δf_j = (j − n/2)/(n·τ): over a time τ their phases fan out uniformly over one
     * full turn, as a crusher gradient spreads the phase across a voxel. Any coherence that has dephased for
     * m·τ (m an integer, 0 &lt; |m| &lt; n) then averages to exactly zero, so echoes of pulses spaced by multiples
     * of τ are separated exactly — the ensemble of choice for the stimulated-echo experiment.
     *
     * @param n    isochromats, 1 … 1 000 000
     * @param tauS τ [s], &gt; 0
     */
    public static IsochromatEnsemble dephasingCycle(int n, double tauS) {
        if (n < 1 || n > 1_000_000) {
            throw new IllegalArgumentException("isochromats must be in [1, 1000000], got " + n);
        }
        if (!(tauS > 0) || !Double.isFinite(tauS)) {
            throw new IllegalArgumentException("dephasing time must be positive [s], got " + tauS);
        }
        double[] f = new double[n];
        for (int j = 0; j < n; j++) {
            f[j] = (j - n / 2) / (n * tauS);
        }
        return new IsochromatEnsemble(f);
    }

    public int size() {
        return offsetHz.length;
    }

    /** Applies a hard pulse to every isochromat. */
    public void apply(HardPulse pulse) {
        double[] r = pulse.matrix();
        for (int j = 0; j < mx.length; j++) {
            double x = mx[j], y = my[j], z = mz[j];
            mx[j] = r[0] * x + r[1] * y + r[2] * z;
            my[j] = r[3] * x + r[4] * y + r[5] * z;
            mz[j] = r[6] * x + r[7] * y + r[8] * z;
        }
    }

    /**
     * Free precession for dt [s], exact: the transverse part turns by −2πΔf·dt about z and shrinks by
     * E2 = e^(−dt/T2); Mz relaxes as Mz·E1 + (1 − E1), E1 = e^(−dt/T1) — the solution of the Bloch equations
     * without RF (Bloch 1946; Jaynes 1955 matrix form). Rotation and relaxation commute here, so the step has
     * no splitting error and dt only sets the sampling of the output.
     */
    public void precess(double dt, double t1, double t2, StepTable table) {
        double e1 = Math.exp(-dt / t1), e2 = Math.exp(-dt / t2);
        double[] c = table.cos(), s = table.sin();
        for (int j = 0; j < mx.length; j++) {
            double x = mx[j], y = my[j];
            mx[j] = e2 * (c[j] * x - s[j] * y);
            my[j] = e2 * (s[j] * x + c[j] * y);
            mz[j] = mz[j] * e1 + (1 - e1);
        }
    }

    /** cos and sin of each isochromat's precession angle −2πΔf·dt over one step (computed once per run). */
    public StepTable stepTable(double dt) {
        double[] c = new double[mx.length], s = new double[mx.length];
        for (int j = 0; j < mx.length; j++) {
            double phi = -2 * Math.PI * offsetHz[j] * dt;
            c[j] = Math.cos(phi);
            s[j] = Math.sin(phi);
        }
        return new StepTable(c, s);
    }

    /** Per-isochromat rotation of one step. */
    public record StepTable(double[] cos, double[] sin) {
    }

    /** The ensemble mean (Mx, My, Mz) into out[0..2]. */
    public void mean(double[] out) {
        double x = 0, y = 0, z = 0;
        for (int j = 0; j < mx.length; j++) {
            x += mx[j];
            y += my[j];
            z += mz[j];
        }
        out[0] = x / mx.length;
        out[1] = y / mx.length;
        out[2] = z / mx.length;
    }
}
