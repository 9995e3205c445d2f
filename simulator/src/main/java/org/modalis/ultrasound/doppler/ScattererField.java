package org.modalis.ultrasound.doppler;

import org.modalis.physics.Rng;

/**
 * The point scatterers of one acquisition: blood in the vessel segment that crosses the sensitive region, and
 * tissue clutter around the lumen inside it.
 *
 * <p>Blood scatterers live in vessel coordinates: s along the flow direction u = (sin θ, 0, −cos θ) (towards the
 * transducer), and (a, b) across the lumen along e1 = (cos θ, 0, sin θ) and e2 = ŷ, with the vessel axis crossing
 * the beam axis (x = y = 0) at depth d. Position: x = s·sin θ + a·cos θ, y = b, z = d − s·cos θ + a·sin θ.
 * They flow along s and wrap periodically in s ∈ [−H, H), with H chosen so that every streamline is outside the
 * sensitive region at |s| = H: a scatterer leaving re-enters unheard at the far end, keeping the density uniform
 * (a scatterer conveyor belt). Each pass m of scatterer k through the segment is new blood: it draws a fresh
 * real Gaussian amplitude (unit variance) from a seeded table by a hash of (k, m). Without that, plug flow would
 * repeat the same scatterer pattern every 2H/v seconds and its Doppler spectrum would collapse into lines 1/(2H/v)
 * apart. With many scatterers per resolution cell and phases spread over many wavelengths the sum is circular
 * Gaussian (Rayleigh envelope).
 */
public final class ScattererField {

    private static final int MAX_SCATTERERS = 1_000_000;
    private static final int MIN_CLUTTER = 1000;
    private static final int MAX_CLUTTER = 20_000;
    /** Size of the amplitude table: 2¹⁶ independent N(0, 1) values, indexed by a 64-bit hash of (k, pass). */
    private static final int TABLE_BITS = 16;

    final double halfLength;
    final double[] s0;
    final double[] a;
    final double[] b;
    final double[] amplitudeTable = new double[1 << TABLE_BITS];
    final long[] key;
    final double[] shape;
    final double[] clutterX;
    final double[] clutterY;
    final double[] clutterZ;
    final double[] clutterAmplitude;

    private ScattererField(double halfLength, int nBlood, int nClutter) {
        this.halfLength = halfLength;
        s0 = new double[nBlood];
        a = new double[nBlood];
        b = new double[nBlood];
        key = new long[nBlood];
        shape = new double[nBlood];
        clutterX = new double[nClutter];
        clutterY = new double[nClutter];
        clutterZ = new double[nClutter];
        clutterAmplitude = new double[nClutter];
    }

    /** Seeds the field for {@code vessel} at insonation angle {@code angleDeg} over {@code region}. */
    public static ScattererField seed(Vessel vessel, double angleDeg, SensitiveRegion region, Rng rng) {
        double h = halfLength(vessel, angleDeg, region);
        double r = vessel.radiusM();
        long nBlood = Math.round(vessel.scattererDensity() * Math.PI * r * r * 2 * h);
        if (nBlood > MAX_SCATTERERS) {
            throw new IllegalArgumentException("the sensitive region holds " + nBlood + " blood scatterers (limit "
                    + MAX_SCATTERERS + "): lower the scatterer density, the beam width or the gate length");
        }
        Rng bloodRng = rng.stream(0);
        double[] candidates = clutterCandidates(vessel, angleDeg, region, rng.stream(1));
        ScattererField f = new ScattererField(h, (int) nBlood, candidates.length / 4);
        for (int k = 0; k < nBlood; k++) {
            double rho = Math.sqrt(bloodRng.uniform()); // uniform over the disc's area
            double phi = 2 * Math.PI * bloodRng.uniform();
            f.s0[k] = -h + 2 * h * bloodRng.uniform();
            f.a[k] = r * rho * Math.cos(phi);
            f.b[k] = r * rho * Math.sin(phi);
            f.shape[k] = vessel.profile().shape(rho);
            f.key[k] = mix(k + 1L);
        }
        for (int i = 0; i < f.amplitudeTable.length; i++) {
            f.amplitudeTable[i] = bloodRng.gaussian();
        }
        for (int k = 0; k < f.clutterX.length; k++) {
            f.clutterX[k] = candidates[4 * k];
            f.clutterY[k] = candidates[4 * k + 1];
            f.clutterZ[k] = candidates[4 * k + 2];
            f.clutterAmplitude[k] = candidates[4 * k + 3];
        }
        return f;
    }

    /**
     * H such that at s = ±H every streamline (|a|, |b| ≤ R) lies outside the region in depth or laterally: the
     * smaller of (max axial reach + R·sin θ)/cos θ and (x half-width + R·cos θ)/sin θ.
     */
    static double halfLength(Vessel vessel, double angleDeg, SensitiveRegion region) {
        double th = Math.toRadians(angleDeg);
        double r = vessel.radiusM();
        double d = vessel.axisDepthM();
        double axialReach = Math.max(Math.abs(d - region.zMinM()), Math.abs(region.zMaxM() - d));
        double byDepth = (axialReach + r * Math.sin(th)) / Math.cos(th);
        double byWidth = Math.sin(th) > 1e-9 ? (region.xHalfM() + r * Math.cos(th)) / Math.sin(th) : Double.POSITIVE_INFINITY;
        return Math.min(byDepth, byWidth);
    }

    /**
     * Tissue scatterers uniform in the region outside the lumen, as (x, y, z, amplitude) quadruples. The amplitude
     * variance makes the tissue backscatter per unit volume 10^(level/10) times blood's:
     * σ_c² = 10^(level/10)·ρ_blood·V_box / N_candidates.
     */
    private static double[] clutterCandidates(Vessel vessel, double angleDeg, SensitiveRegion region, Rng rng) {
        TissueClutter c = vessel.clutter();
        if (!c.enabled()) {
            return new double[0];
        }
        double bloodInBox = vessel.scattererDensity() * region.volume();
        int n = (int) Math.max(MIN_CLUTTER, Math.min(MAX_CLUTTER, Math.round(bloodInBox)));
        double sigma = Math.sqrt(Math.pow(10, c.levelDb() / 10) * bloodInBox / n);
        double th = Math.toRadians(angleDeg);
        double[] out = new double[4 * n];
        int kept = 0;
        for (int k = 0; k < n; k++) {
            double x = region.xHalfM() * (2 * rng.uniform() - 1);
            double y = region.yHalfM() * (2 * rng.uniform() - 1);
            double z = region.zMinM() + (region.zMaxM() - region.zMinM()) * rng.uniform();
            double amp = sigma * rng.gaussian();
            double across = x * Math.cos(th) + (z - vessel.axisDepthM()) * Math.sin(th); // component along e1
            if (across * across + y * y > vessel.radiusM() * vessel.radiusM()) {
                out[4 * kept] = x;
                out[4 * kept + 1] = y;
                out[4 * kept + 2] = z;
                out[4 * kept + 3] = amp;
                kept++;
            }
        }
        return java.util.Arrays.copyOf(out, 4 * kept);
    }

    /** Number of blood scatterers. */
    public int bloodCount() {
        return s0.length;
    }

    /** Number of tissue (clutter) scatterers. */
    public int clutterCount() {
        return clutterX.length;
    }

    /** Half-length H [m] of the periodic vessel segment. */
    public double halfLength() {
        return halfLength;
    }

    /** Amplitude of scatterer k during its pass {@code pass} through the periodic segment. */
    double amplitude(int k, long pass) {
        return amplitudeTable[(int) (mix(key[k] + pass * 0x9E3779B97F4A7C15L) >>> (64 - TABLE_BITS))];
    }

    /** SplitMix64 finaliser (Steele et al., OOPSLA 2014): a bijective 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
