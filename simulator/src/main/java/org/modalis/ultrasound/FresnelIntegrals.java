package org.modalis.ultrasound;

/**
 * The Fresnel integrals C(x) = ∫₀ˣ cos(πt²/2) dt and S(x) = ∫₀ˣ sin(πt²/2) dt (Abramowitz & Stegun 7.3.1–2), for
 * the elevation lens's field in closed form ({@link ElevationProfile}). Below |x| = 1.5 their power series (terms
 * alternate and fall fast there); beyond, C + iS = ((1 + i)/2)·(1 − e^{iπx²/2}·w) with w from the continued
 * fraction of the complementary error function along the diagonal, evaluated by the modified Lentz method
 * (A&S 7.3.9 with 7.1.15; the classical route, e.g. Numerical Recipes §6.9). Both to about 10⁻¹⁴.
 */
final class FresnelIntegrals {

    private static final double SERIES_LIMIT = 1.5;
    private static final double EPS = 1e-15;
    private static final int MAX_TERMS = 200;
    private static final double TINY = 1e-300;

    private FresnelIntegrals() {
    }

    /** {C(x), S(x)}. */
    static double[] cs(double x) {
        double[] out = new double[2];
        cs(x, out);
        return out;
    }

    /**
     * Writes {C(x), S(x)} into {@code out}. No allocation: the elevation profile evaluates it some 10⁵ times per
     * frequency, and the continued fraction's complex quotients are kept in locals (each written out as
     * (a·c + b·d)/|w|², (b·c − a·d)/|w|² for (a + ib)/(c + id), the same operations in the same order as always).
     */
    static void cs(double x, double[] out) {
        double ax = Math.abs(x), c, s;
        if (ax < 1e-150) {
            c = ax;
            s = 0;
        } else if (ax <= SERIES_LIMIT) {
            // C = Σ (−1)^n (π/2)^{2n} x^{4n+1} / ((2n)!(4n+1)), S = Σ (−1)^n (π/2)^{2n+1} x^{4n+3} / ((2n+1)!(4n+3)):
            // one running term t_k = (πx²/2)^k x / k!, even k to C, odd k to S, signs alternating in pairs.
            double fact = 0.5 * Math.PI * ax * ax, term = ax, sumC = ax, sumS = 0;
            for (int k = 1; k < MAX_TERMS; k++) {
                term *= fact / k;
                double contribution = term / (2 * k + 1);
                int sign = (k / 2) % 2 == 0 ? 1 : -1;
                if (k % 2 == 0) {
                    sumC += sign * contribution;
                } else {
                    sumS += sign * contribution;
                }
                if (term < EPS * Math.max(Math.abs(sumC), 1e-300) * 1e-2) {
                    break;
                }
            }
            c = sumC;
            s = sumS;
        } else {
            // Continued fraction for w: b_k = 1 − iπx² + 4(k−1), a_k = −(2k − 3)(2k − 2), w = 1/(b₁ + a₂/(b₂ + …)).
            double pix2 = Math.PI * ax * ax;
            double bRe = 1, bIm = -pix2;
            double den = bRe * bRe + bIm * bIm;
            double hRe = (1.0 * bRe + 0.0 * bIm) / den, hIm = (0.0 * bRe - 1.0 * bIm) / den, dRe = hRe, dIm = hIm;
            double ccRe = 1 / TINY, ccIm = 0;
            int n = -1;
            for (int k = 2; k <= MAX_TERMS; k++) {
                n += 2;
                double a = -n * (n + 1.0);
                bRe += 4;
                double wr = a * dRe + bRe, wi = a * dIm + bIm, dw = wr * wr + wi * wi;
                dRe = (1.0 * wr + 0.0 * wi) / dw;
                dIm = (0.0 * wr - 1.0 * wi) / dw;
                double dc = ccRe * ccRe + ccIm * ccIm;
                double qRe = (a * ccRe + 0.0 * ccIm) / dc, qIm = (0.0 * ccRe - a * ccIm) / dc;
                ccRe = bRe + qRe;
                ccIm = bIm + qIm;
                double delRe = ccRe * dRe - ccIm * dIm, delIm = ccRe * dIm + ccIm * dRe;
                double hr = hRe * delRe - hIm * delIm, hi = hRe * delIm + hIm * delRe;
                hRe = hr;
                hIm = hi;
                if (Math.abs(delRe - 1) + Math.abs(delIm) < EPS) {
                    break;
                }
            }
            // h ← (x − ix)·h; C + iS = ((1 + i)/2)·(1 − e^{iπx²/2}·h)
            double hr = ax * hRe + ax * hIm, hi = ax * hIm - ax * hRe;
            double er = Math.cos(0.5 * pix2), ei = Math.sin(0.5 * pix2);
            double tr = 1 - (er * hr - ei * hi), ti = -(er * hi + ei * hr);
            c = 0.5 * (tr - ti);
            s = 0.5 * (tr + ti);
        }
        out[0] = x < 0 ? -c : c;
        out[1] = x < 0 ? -s : s;
    }
}
