package org.modalis.mri;

/**
 * Radial k-space: full-diameter spokes through the centre, each with {@code samples} points spaced Δk along
 * its direction, sample i of spoke s at k = (i − samples/2)·Δk·(cos θ_s, sin θ_s). Angles are uniform,
 * θ_s = s·π/spokes, or golden-angle, θ_s = s·111.246° (π·(√5 − 1)/2; Winkelmann et al., IEEE TMI 26 (2007) 68),
 * which covers k-space nearly uniformly for any number of consecutive spokes. Nyquist along the circumference
 * at the edge of k-space needs spokes ≥ (π/2)·N for an N-pixel image; fewer spokes give streaks.
 *
 * @param spokes  number of spokes, 1 … 4096
 * @param samples samples per spoke, even, 8 … 4096
 * @param dk      sample spacing along a spoke [cycles/m] (1/FOV, or 1/(2·FOV) with 2× readout oversampling)
 * @param golden  golden-angle instead of uniform ordering
 */
public record RadialTrajectory(int spokes, int samples, double dk, boolean golden) {

    /** Golden angle for spokes through the centre [rad]: π·(√5 − 1)/2 = 111.246°. */
    public static final double GOLDEN_ANGLE = Math.PI * (Math.sqrt(5) - 1) / 2;

    public RadialTrajectory {
        if (spokes < 1 || spokes > 4096) {
            throw new IllegalArgumentException("spokes must be in [1, 4096], got " + spokes);
        }
        if (samples < 8 || samples > 4096 || samples % 2 != 0) {
            throw new IllegalArgumentException("samples per spoke must be even in [8, 4096], got " + samples);
        }
        if (!(dk > 0) || !Double.isFinite(dk)) {
            throw new IllegalArgumentException("sample spacing along a spoke must be positive [cycles/m], got " + dk);
        }
    }

    /** Angle of spoke s [rad]. */
    public double angle(int s) {
        return golden ? s * GOLDEN_ANGLE : s * Math.PI / spokes;
    }

    /** Signed distance from the centre of sample i along its spoke [cycles/m]. */
    public double radius(int i) {
        return (i - samples / 2) * dk;
    }

    /** kx, ky of every sample [cycles/m], spoke-major: index s·samples + i. */
    public void coordinates(float[] kx, float[] ky) {
        for (int s = 0; s < spokes; s++) {
            double c = Math.cos(angle(s)), sn = Math.sin(angle(s));
            for (int i = 0; i < samples; i++) {
                kx[s * samples + i] = (float) (radius(i) * c);
                ky[s * samples + i] = (float) (radius(i) * sn);
            }
        }
    }

    /**
     * Density-compensation weights [m⁻²·(cycles)²]: the k-space area each sample stands for, so that
     * Σ w·S(k)·e^(2πik·x) approximates ∫ S(k)·e^(2πik·x) dk. A sample at radius r on a spoke whose direction
     * (mod π) lies between neighbours Δθ₋ and Δθ₊ away covers r·Δk·(Δθ₋ + Δθ₊)/2 (the ramp |k| of filtered
     * backprojection; for uniform spokes π|k|Δk/spokes, Pipe &amp; Menon, MRM 41 (1999) 179 give the same for
     * radial). The centre sample of each spoke gets πΔk²/(6·spokes), not its geometric share π(Δk/2)²/spokes
     * of the central disc: in polar form the sum is the trapezoidal rule for ∫2πk·S̄(k) dk, whose integrand
     * starts with slope 2πS(0); the Euler–Maclaurin correction Δk²/12·2πS(0) turns ¼ into ⅙ and removes a
     * constant bias of πΔk²S(0)/12 (1.3 % of the signal for a 60 mm disc in a 240 mm FOV).
     */
    public float[] densityWeights() {
        double[] gap = angularShares();
        float[] w = new float[spokes * samples];
        for (int s = 0; s < spokes; s++) {
            for (int i = 0; i < samples; i++) {
                double r = Math.abs(radius(i));
                w[s * samples + i] = (float) (r == 0 ? Math.PI * dk * dk / 6 / spokes : r * dk * gap[s]);
            }
        }
        return w;
    }

    /** (Δθ₋ + Δθ₊)/2 of each spoke, angles taken mod π (a full spoke at θ and θ + π is the same line). */
    private double[] angularShares() {
        Integer[] order = new Integer[spokes];
        double[] a = new double[spokes];
        for (int s = 0; s < spokes; s++) {
            order[s] = s;
            a[s] = (angle(s) % Math.PI + Math.PI) % Math.PI;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(a[x], a[y]));
        double[] share = new double[spokes];
        for (int j = 0; j < spokes; j++) {
            double prev = a[order[j]] - a[order[(j - 1 + spokes) % spokes]];
            double next = a[order[(j + 1) % spokes]] - a[order[j]];
            share[order[j]] = ((prev + Math.PI) % Math.PI + (next + Math.PI) % Math.PI) / 2;
        }
        if (spokes == 1) {
            share[0] = Math.PI;
        }
        return share;
    }
}
