package org.modalis.ct.recon;

import org.modalis.ct.CtGeometry;
import org.modalis.ct.FanBeamGeometry;
import org.modalis.ct.ParallelBeamGeometry;
import org.modalis.image.Grid;

/**
 * Slow double-precision backprojector written straight from the definition in {@link Backprojector}, by a
 * different route from {@link CpuBackprojector}: per pixel and view, the ray through the pixel centre is
 * found with the geometry's own methods (t = x cosθ + y sinθ; for fan beam the angle between P − S and
 * the central ray S → 0, with S from {@link FanBeamGeometry#sourceX}), then its fractional bin from
 * {@link CtGeometry#binIndex}, and interpolated with explicit bounds. The fast CPU and GL twins are
 * tested against it.
 */
public final class ReferenceBackprojector implements Backprojector {

    @Override
    public void backproject(float[] filteredSinogram, CtGeometry g, Grid grid, float[] out) {
        ViewTables.checkSizes(filteredSinogram, g, grid, out);
        double delta = Math.abs(g.angularStep());
        for (int j = 0; j < grid.ny(); j++) {
            for (int i = 0; i < grid.nx(); i++) {
                double sum = 0;
                for (int v = 0; v < g.views(); v++) {
                    sum += delta * sample(filteredSinogram, g, v, grid.x(i), grid.y(j));
                }
                out[grid.index(i, j, 0)] = (float) sum;
            }
        }
    }

    /** W_v(P)·s_v(b_v(P)) for the pixel centre (x, y). */
    private static double sample(float[] sino, CtGeometry g, int v, double x, double y) {
        if (g instanceof ParallelBeamGeometry p) {
            double theta = p.viewAngle(v);
            return interpolate(sino, g, v, g.binIndex(x * Math.cos(theta) + y * Math.sin(theta)));
        }
        FanBeamGeometry f = (FanBeamGeometry) g;
        double sx = f.sourceX(v);
        double sy = f.sourceY(v);
        double px = x - sx;
        double py = y - sy;
        if (!(-sx * px - sy * py > 0)) {
            return 0.0; // at or behind the source: no ray of this view passes here
        }
        double l = Math.hypot(px, py);
        // Signed angle from the central ray (towards the isocentre, −S) to P − S, counter-clockwise positive.
        double gamma = Math.atan2(-sx * py + sy * px, -sx * px - sy * py);
        double u;
        double w;
        if (f.shape() == org.modalis.ct.DetectorShape.ARC) {
            u = gamma;
            w = 1 / (l * l);
        } else {
            u = f.sourceDetectorM() * Math.tan(gamma);
            double bigU = l * Math.cos(gamma) / f.sourceIsoM();
            w = 1 / (bigU * bigU);
        }
        return w * interpolate(sino, g, v, g.binIndex(u));
    }

    /** Linear interpolation between bin centres (k + 0.5); zero beyond the detector. */
    private static double interpolate(float[] sino, CtGeometry g, int v, double bin) {
        double q = bin - 0.5;
        int k = (int) Math.floor(q);
        double f = q - k;
        return (1 - f) * value(sino, g, v, k) + f * value(sino, g, v, k + 1);
    }

    private static double value(float[] sino, CtGeometry g, int v, int k) {
        return k < 0 || k >= g.bins() ? 0.0 : sino[v * g.bins() + k];
    }
}
