package org.modalis.mri.bloch;

import java.util.List;

/**
 * Time-steps the Bloch equations of an {@link IsochromatEnsemble} through a {@link BlochSequence}: hard pulses
 * as instantaneous rotations, free precession with off-resonance and T1/T2 relaxation as the exact rotation
 * and relaxation of each step. Pulses must fall on the sampling grid t = i·dt (the step is exact, so the grid
 * only decides where the curve is sampled).
 *
 * @param t1 longitudinal relaxation time [s], &gt; 0
 * @param t2 transverse relaxation time [s], (0, 2·T1] (the physical bound T2 ≤ 2·T1)
 * @param dt sampling step [s], &gt; 0
 */
public record BlochSimulator(double t1, double t2, double dt) {

    public BlochSimulator {
        if (!(t1 > 0) || !Double.isFinite(t1)) {
            throw new IllegalArgumentException("T1 must be positive [s], got " + t1);
        }
        if (!(t2 > 0 && t2 <= 2 * t1)) {
            throw new IllegalArgumentException("T2 must be in (0, 2·T1] s (physical bound), got " + t2 + " with T1 " + t1);
        }
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("time step must be positive [s], got " + dt);
        }
    }

    /** Runs the sequence from equilibrium; the ensemble is left in its final state. */
    public BlochTrace simulate(BlochSequence sequence, IsochromatEnsemble spins) {
        long steps = Math.round(sequence.durationS() / dt);
        if (steps > 10_000_000L) {
            throw new IllegalArgumentException("duration / dt = " + steps + " samples; at most 10 000 000 (raise dt)");
        }
        int n = (int) steps + 1;
        int[] pulseStep = pulseSteps(sequence.pulses());
        double[] mx = new double[n], my = new double[n], mz = new double[n], m = new double[3];
        IsochromatEnsemble.StepTable table = spins.stepTable(dt);
        int next = 0;
        for (int i = 0; i < n; i++) {
            while (next < pulseStep.length && pulseStep[next] == i) {
                spins.apply(sequence.pulses().get(next++));
            }
            spins.mean(m);
            mx[i] = m[0];
            my[i] = m[1];
            mz[i] = m[2];
            if (i + 1 < n) {
                spins.precess(dt, t1, t2, table);
            }
        }
        return new BlochTrace(dt, mx, my, mz);
    }

    private int[] pulseSteps(List<HardPulse> pulses) {
        int[] out = new int[pulses.size()];
        for (int p = 0; p < out.length; p++) {
            double exact = pulses.get(p).timeS() / dt;
            out[p] = (int) Math.round(exact);
            if (Math.abs(exact - out[p]) > 1e-6) {
                throw new IllegalArgumentException("pulse at " + pulses.get(p).timeS() + " s is not on the sampling grid of "
                        + dt + " s: choose times that are multiples of dt");
            }
        }
        return out;
    }
}
