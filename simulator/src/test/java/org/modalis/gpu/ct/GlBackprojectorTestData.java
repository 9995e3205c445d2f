package org.modalis.gpu.ct;

/** Small deterministic test inputs shared by the GL tests. */
public final class GlBackprojectorTestData {

    private GlBackprojectorTestData() {
    }

    /** A sawtooth with values in [−1, 1): varies within every view, no symmetry to hide a flipped axis. */
    public static float[] ramp(int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = ((i * 37) % 101) / 50.5f - 1f;
        }
        return a;
    }
}
