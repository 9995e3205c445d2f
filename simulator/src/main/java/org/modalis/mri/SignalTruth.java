package org.modalis.mri;

import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.phantom.AnalyticPhantom;

/**
 * The ideal image: |Σ_t c_t(x, y, z)·s_t| averaged over 4 × 4 sub-pixel points of each pixel and over the
 * slab planes z of {@link SlabPlanes} (the partial volume an infinitely fine acquisition would show), with no
 * chemical shift, motion, truncation or noise.
 */
public final class SignalTruth {

    private static final int SUB = 4;

    private SignalTruth() {
    }

    public static Image rasterize(AnalyticPhantom phantom, double[] signal, Grid grid, double[] planes) {
        float[] out = new float[grid.nx() * grid.ny()];
        double[] c = new double[phantom.tissues().size()];
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double sum = 0;
                for (int sj = 0; sj < SUB; sj++) {
                    for (int si = 0; si < SUB; si++) {
                        double x = grid.x(i) + ((si + 0.5) / SUB - 0.5) * grid.dx();
                        double y = grid.y(j) + ((sj + 0.5) / SUB - 0.5) * grid.dy();
                        // Magnitude of the slab-averaged complex signal, as the scanner sees the voxel.
                        double v = 0;
                        for (double z : planes) {
                            phantom.composition(x, y, z, c);
                            for (int t = 0; t < c.length; t++) {
                                v += c[t] * signal[t] / planes.length;
                            }
                        }
                        sum += Math.abs(v);
                    }
                }
                out[j * grid.nx() + i] = (float) (sum / (SUB * SUB));
            }
        }
        double max = 0;
        for (float v : out) {
            max = Math.max(max, v);
        }
        return new Image(grid, out, "magnitude", "a.u.", Window.ofRange(0, max > 0 ? max : 1));
    }
}
