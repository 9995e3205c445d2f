package org.modalis.ultrasound.doppler;

/**
 * Polynomial-regression wall filter for short colour-flow ensembles: subtracts the least-squares fit of a
 * polynomial of degree ≤ {@code order} in slow time (Hoeks et al., Ultrasound Med. Biol. 17 (1991) 261; Torp,
 * IEEE Trans. UFFC 44 (1997) 17). Order 0 removes the mean (stationary tissue), order 1 also a linear drift,
 * and so on; the output has the input's length. The projection uses an orthonormal basis built once per
 * ensemble length by Gram–Schmidt on 1, n, n², ….
 *
 * @param order polynomial degree removed
 * @param ensemble the ensemble length N the basis is built for
 * @param basis (order + 1) × N orthonormal rows
 */
public record RegressionWallFilter(int order, int ensemble, double[][] basis) implements WallFilter {

    /** The filter removing polynomials of degree ≤ {@code order} from ensembles of {@code ensemble} pulses. */
    public static RegressionWallFilter of(int order, int ensemble) {
        if (order < 0 || order > ensemble - 2) {
            throw new IllegalArgumentException("regression order must be 0…ensemble − 2 = " + (ensemble - 2) + ", got " + order);
        }
        double[][] b = new double[order + 1][ensemble];
        for (int p = 0; p <= order; p++) {
            for (int n = 0; n < ensemble; n++) {
                b[p][n] = Math.pow((n - (ensemble - 1) / 2.0) / ensemble, p); // centred, scaled: well conditioned
            }
            for (int q = 0; q < p; q++) {
                double dot = dot(b[p], b[q]);
                for (int n = 0; n < ensemble; n++) {
                    b[p][n] -= dot * b[q][n];
                }
            }
            double norm = Math.sqrt(dot(b[p], b[p]));
            for (int n = 0; n < ensemble; n++) {
                b[p][n] /= norm;
            }
        }
        return new RegressionWallFilter(order, ensemble, b);
    }

    @Override public int outputLength(int inputLength) {
        if (inputLength != ensemble) {
            throw new IllegalArgumentException("regression filter built for " + ensemble + " pulses, got " + inputLength);
        }
        return inputLength;
    }

    @Override public void apply(float[] in, float[] out) {
        outputLength(in.length / 2);
        double[] re = new double[ensemble];
        double[] im = new double[ensemble];
        for (int n = 0; n < ensemble; n++) {
            re[n] = in[2 * n];
            im[n] = in[2 * n + 1];
        }
        for (double[] row : basis) {
            double cr = dot(row, re);
            double ci = dot(row, im);
            for (int n = 0; n < ensemble; n++) {
                re[n] -= cr * row[n];
                im[n] -= ci * row[n];
            }
        }
        for (int n = 0; n < ensemble; n++) {
            out[2 * n] = (float) re[n];
            out[2 * n + 1] = (float) im[n];
        }
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
