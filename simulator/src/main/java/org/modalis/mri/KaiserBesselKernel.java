package org.modalis.mri;

/**
 * The Kaiser–Bessel gridding kernel C(u) = I₀(β·√(1 − (2u/W)²)) for |u| ≤ W/2 (u in grid cells), with β from
 * Beatty, Nishimura &amp; Pauly, IEEE TMI 24 (2005) 799, eq. 5: β = π·√(W²/α²·(α − ½)² − 0.8), which keeps the
 * aliased side lobes below the main lobe's error for grid oversampling α. Evaluated from a table of
 * {@link #TABLE_SIZE} points with linear interpolation (as a GPU twin would); the table error is below
 * β²·h²/8·I₀(β) ~ 1e-6 relative. Its Fourier transform (Jackson et al., IEEE TMI 10 (1991) 473)
 * <pre>ĉ(ν) = W·sinh(√(β² − (πWν)²)) / √(β² − (πWν)²)</pre>
 * (ν in cycles per grid cell; sin of the imaginary root past the first zero) is the apodization the gridded
 * image is divided by.
 *
 * @param width        W, kernel width in grid cells, 2 … 8
 * @param oversampling α, grid oversampling, 1.25 … 2
 */
public record KaiserBesselKernel(double width, double oversampling) {

    /** Table points over 0 ≤ u ≤ W/2. */
    public static final int TABLE_SIZE = 4096;

    public KaiserBesselKernel {
        if (!(width >= 2 && width <= 8)) {
            throw new IllegalArgumentException("kernel width must be in [2, 8] grid cells, got " + width);
        }
        if (!(oversampling >= 1.25 && oversampling <= 2)) {
            throw new IllegalArgumentException("grid oversampling must be in [1.25, 2], got " + oversampling);
        }
    }

    /** β of Beatty et al. 2005. */
    public double beta() {
        double a = width / oversampling * (oversampling - 0.5);
        return Math.PI * Math.sqrt(a * a - 0.8);
    }

    /** C(u) on the grid of {@link #TABLE_SIZE}+1 points u_j = j·(W/2)/TABLE_SIZE. */
    public float[] table() {
        float[] t = new float[TABLE_SIZE + 2];   // one spare zero so interpolation at u = W/2 needs no test
        double b = beta();
        for (int j = 0; j <= TABLE_SIZE; j++) {
            double x = (double) j / TABLE_SIZE;
            t[j] = (float) besselI0(b * Math.sqrt(Math.max(0, 1 - x * x)));
        }
        return t;
    }

    /** ĉ(ν), ν in cycles per grid cell. */
    public double transform(double nu) {
        double b = beta(), z = Math.PI * width * nu;
        double d = b * b - z * z;
        if (d > 1e-12) {
            double r = Math.sqrt(d);
            return width * Math.sinh(r) / r;
        }
        if (d < -1e-12) {
            double r = Math.sqrt(-d);
            return width * Math.sin(r) / r;
        }
        return width;
    }

    /** Modified Bessel function I₀ by its power series Σ ((x/2)^k / k!)², to 1e-16 relative for x ≤ 50. */
    static double besselI0(double x) {
        double q = x * x / 4, term = 1, sum = 1;
        for (int k = 1; k < 200 && term > 1e-17 * sum; k++) {
            term *= q / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
