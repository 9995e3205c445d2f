package org.modalis.cli;

import java.nio.file.Path;
import org.modalis.UserInputException;
import org.modalis.ct.ParallelBeamGeometry;
import org.modalis.ct.Sinogram;
import org.modalis.io.NpyArray;

/**
 * Maps a sinogram array made elsewhere onto our parallel-beam geometry (docs/conventions.md).
 * <ul>
 *   <li>Layout: views × bins, or bins × views (scikit-image's {@code radon} output), told apart by which
 *   dimension equals the number of angles.</li>
 *   <li>scikit-image: t = x·cosθ − y·sinθ with the centre at bin N//2. That is our t at −θ; listing the
 *   views backwards with bins reversed gives our line (−t, π − θ) at increasing angles π − θ, and a
 *   detector offset of N//2 − N/2 + ½ bins puts the centre where scikit-image has it (0 for odd N).</li>
 *   <li>modalis: our own convention, t = x·cosθ + y·sinθ, centre at N/2 (our raw.npy).</li>
 * </ul>
 */
final class SinogramLayout {

    private SinogramLayout() {
    }

    static Sinogram toSinogram(NpyArray npy, Path file, AngleRange range, double spacing, String convention) {
        int[] shape = npy.shape();
        if (shape.length != 2) {
            throw new UserInputException("a sinogram must be a 2-D array (views × bins), got " + shape.length + " dimensions",
                    file, 0, 0, null, null);
        }
        boolean viewsFirst;
        if (shape[0] == range.count()) {
            viewsFirst = true;
        } else if (shape[1] == range.count()) {
            viewsFirst = false;
        } else {
            throw new UserInputException("the array is " + shape[0] + " × " + shape[1] + " but --angles-deg gives "
                    + range.count() + " views: neither dimension matches", file, 0, 0, "--angles-deg",
                    "COUNT must equal the number of views");
        }
        int views = range.count();
        int bins = viewsFirst ? shape[1] : shape[0];
        float[] in = npy.toFloats();
        double step = Math.toRadians(range.stepDeg());
        float[] out = new float[views * bins];
        ParallelBeamGeometry g;
        switch (convention) {
            case "skimage" -> {
                double start = Math.PI - Math.toRadians(range.startDeg()) - (views - 1) * step;
                double offset = bins / 2 - bins / 2.0 + 0.5;
                g = new ParallelBeamGeometry(views, start, views * step, bins, spacing, offset);
                for (int v = 0; v < views; v++) {
                    for (int b = 0; b < bins; b++) {
                        out[v * bins + b] = in[index(viewsFirst, views, bins, views - 1 - v, bins - 1 - b)];
                    }
                }
            }
            case "modalis" -> {
                g = new ParallelBeamGeometry(views, Math.toRadians(range.startDeg()), views * step, bins, spacing, 0);
                for (int v = 0; v < views; v++) {
                    for (int b = 0; b < bins; b++) {
                        out[v * bins + b] = in[index(viewsFirst, views, bins, v, b)];
                    }
                }
            }
            default -> throw new UserInputException("unknown convention '" + convention + "'", null, 0, 0, "--convention",
                    "one of skimage, modalis");
        }
        return new Sinogram(g, out);
    }

    private static int index(boolean viewsFirst, int views, int bins, int v, int b) {
        return viewsFirst ? v * bins + b : b * views + v;
    }
}
