package org.modalis.io;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Locates the NumPy-written fixtures of {@code src/test/resources/io} (made by make_npy_fixtures.py). */
final class NpyFixtures {

    private NpyFixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(NpyFixtures.class.getResource("/io/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture /io/" + name, e);
        }
    }

    /** The fixture formula: Σ_d index_d·10^(ndim−1−d), in C order for {@code shape}. */
    static double[] ramp(int... shape) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        double[] v = new double[n];
        for (int c = 0; c < n; c++) {
            int rest = c;
            double value = 0;
            double weight = 1;
            for (int d = shape.length - 1; d >= 0; d--) {
                value += (rest % shape[d]) * weight;
                rest /= shape[d];
                weight *= 10;
            }
            v[c] = value;
        }
        return v;
    }
}
