package org.modalis.ct.recon;

import org.modalis.ct.FanBeamGeometry;

/**
 * Padded sample position p = atan(x)/Δγ + shift of an equiangular detector as a function of x = tanγ =
 * xr/yr, tabulated once per geometry and linearly interpolated, so that the fan-beam inner loop needs no
 * per-pixel atan (which costs more than the rest of the loop). The table spans |γ| ≤ γ_edge = half fan
 * + 4 bins with {@value #INTERVALS} intervals; the interpolation error is ≤ h²/8·max|atan''| ≈ 0.08·h²
 * (h = 2 tanγ_edge / {@value #INTERVALS}), below 1e-9 rad ≈ 1e-6 bins for fans up to 90°. Beyond the table
 * x is clamped to its ends, whose positions lie off the detector, where the padded row reads zeros.
 */
public final class ArcPositionTable {

    public static final int INTERVALS = 16384;

    private final float[] position;
    private final float xMin;
    private final float invStep;

    ArcPositionTable(FanBeamGeometry g, double invSpacing, double shift) {
        double edge = Math.min(g.halfFanAngle() + 4 * g.binSpacing(), 1.55);
        double tMax = Math.tan(edge);
        double step = 2 * tMax / INTERVALS;
        position = new float[INTERVALS + 2];
        for (int k = 0; k < position.length; k++) {
            position[k] = (float) (Math.atan(-tMax + k * step) * invSpacing + shift);
        }
        xMin = (float) -tMax;
        invStep = (float) (1 / step);
    }

    /** A copy of the tabulated positions at x = xMin + k/invStep, k = 0 … INTERVALS + 1 (for the GL twin). */
    public float[] positions() {
        return position.clone();
    }

    public float xMin() {
        return xMin;
    }

    public float invStep() {
        return invStep;
    }

    /** Position for x = tanγ. */
    float at(float x) {
        float q = Math.min(Math.max((x - xMin) * invStep, 0f), INTERVALS);
        int k = (int) q;
        float f = q - k;
        return position[k] + f * (position[k + 1] - position[k]);
    }
}
