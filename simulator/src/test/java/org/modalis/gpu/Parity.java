package org.modalis.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.modalis.io.NpyWriter;

/**
 * GPU ↔ CPU agreement check of the twin tests: max|gpu − cpu| within a stated tolerance; on failure the
 * expected (CPU), actual (GPU) and diff arrays are written as float32 NPY under
 * {@code target/gpu-parity/<case>/} for inspection ({@code np.load}), and the message names the worst index.
 */
public final class Parity {

    private Parity() {
    }

    /** Largest |a − b| (arrays of equal length). */
    public static double maxAbsDiff(float[] a, float[] b) {
        assertEquals(a.length, b.length, "lengths");
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs((double) a[i] - b[i]));
        }
        return m;
    }

    /** Largest |a|. */
    public static double maxAbs(float[] a) {
        double m = 0;
        for (float v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /**
     * Asserts max|actual − expected| ≤ tolerance; prints the measured figure (for docs/gpu.md) and writes the
     * NPY triple on failure. {@code shape} is the NumPy shape of the arrays.
     */
    public static double assertWithin(String caseName, float[] expected, float[] actual, double tolerance, int... shape) {
        double worst = maxAbsDiff(expected, actual);
        System.out.printf("parity %-48s max|gpu-cpu| = %.3e (max|cpu| = %.3e, tolerance %.1e)%n", caseName, worst,
                maxAbs(expected), tolerance);
        if (!(worst <= tolerance)) {
            Path dir = write(caseName, expected, actual, shape);
            fail(String.format("%s: max|gpu − cpu| = %.3e exceeds %.3e; expected/actual/diff written to %s",
                    caseName, worst, tolerance, dir));
        }
        return worst;
    }

    private static Path write(String caseName, float[] expected, float[] actual, int[] shape) {
        Path dir = Path.of("target", "gpu-parity", caseName.replaceAll("[^A-Za-z0-9_.-]+", "_"));
        float[] diff = new float[expected.length];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = actual[i] - expected[i];
        }
        try {
            Files.createDirectories(dir);
            save(dir.resolve("expected.npy"), shape, expected);
            save(dir.resolve("actual.npy"), shape, actual);
            save(dir.resolve("diff.npy"), shape, diff);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dir.toAbsolutePath();
    }

    private static void save(Path file, int[] shape, float[] data) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            NpyWriter.writeFloat32(out, shape, data);
        }
    }
}
