package org.modalis.ct.recon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.modalis.ct.ParallelBeamGeometry;
import org.modalis.ct.Sinogram;
import org.modalis.image.Grid;

/**
 * Our FBP on scikit-image's own sinogram reproduces scikit-image's {@code iradon} (fixture made by
 * {@code bench/make_skimage_fixture.py}, Debian python3-skimage 0.19.3). Mapping (docs/conventions.md):
 * skimage's t = col·cosθ − row·sinθ (iradon) is our t at θ' = −θ, i.e. the line (−t, π − θ); so our view
 * v' holds skimage's view V−1−v' with its bins reversed, at θ'' = π/V + v'·π/V; skimage row ↔ our y (j),
 * column ↔ our x (i); bin spacing = pixel size; N odd puts both centres on the same pixel.
 */
class SkimageCompatibilityTest {

    private static final int N = 65;
    private static final int VIEWS = 90;

    /** skimage's (bins × views) array as our sinogram; skimage's unit of length is the pixel, so spacing 1. */
    static Sinogram fromSkimage(TestNpy sino) {
        assertArrayEquals(new int[] {N, VIEWS}, sino.shape());
        var g = new ParallelBeamGeometry(VIEWS, Math.PI / VIEWS, Math.PI, N, 1.0, 0.0);
        Sinogram s = Sinogram.zeros(g);
        for (int v = 0; v < VIEWS; v++) {
            for (int b = 0; b < N; b++) {
                // skimage array (bins, views), C order: element [k][q] at k·VIEWS + q.
                s.data()[v * N + b] = (float) sino.data()[(N - 1 - b) * VIEWS + (VIEWS - 1 - v)];
            }
        }
        return s;
    }

    @ParameterizedTest
    @CsvSource({"RAM_LAK, skimage_iradon_ramp_65.npy", "SHEPP_LOGAN, skimage_iradon_shepp_65.npy"})
    void reproducesIradon(FilterWindow window, String file) throws IOException {
        // Lengths in pixels throughout (skimage's sinogram sums pixel values), so a grid of unit spacing.
        Sinogram s = fromSkimage(TestNpy.read("/fixtures/skimage_sinogram_65x90.npy"));
        float[] ours = new Fbp().reconstruct(s, Grid.square(N, N, 1.0), window, 1.0).data();
        TestNpy ref = TestNpy.read("/fixtures/" + file);
        double maxDiff = 0;
        double max = 0;
        int r = N / 2;
        for (int row = 0; row < N; row++) {
            for (int col = 0; col < N; col++) {
                // iradon(circle=True) zeroes pixels beyond radius N//2 from the centre pixel.
                if ((row - r) * (row - r) + (col - r) * (col - r) <= r * r) {
                    maxDiff = Math.max(maxDiff, Math.abs(ours[row * N + col] - ref.data()[row * N + col]));
                    max = Math.max(max, Math.abs(ref.data()[row * N + col]));
                }
            }
        }
        // Same filter (K&S spatial ramp, zero-padded), same linear interpolation, same π/V scale: the only
        // difference is our float arithmetic. Measured max|ours − iradon| = 1.0e-6 (ramp), 0.9e-6
        // (Shepp–Logan) for max|image| ≈ 0.86; bound 1e-5. A flipped angle or axis gives errors of order 0.1.
        assertTrue(maxDiff < 1e-5, window + ": max|ours − iradon| = " + maxDiff + " (max|iradon| = " + max + ")");
    }
}
