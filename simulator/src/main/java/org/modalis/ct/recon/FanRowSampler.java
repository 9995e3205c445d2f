package org.modalis.ct.recon;

/**
 * For one view and one image row of a fan-beam geometry, the clamped padded sample position and the
 * distance weight of every pixel (Kak &amp; Slaney §3.4). With e_u = (cosβ, sinβ), d₀ = (sinβ, −cosβ) and the
 * source at −D·d₀, pixel P has xr = P·e_u and yr = D + P·d₀ in the source frame, so
 * arc: γ = atan(xr/yr) (tabulated, {@link ArcPositionTable}), W = 1/L² = 1/(xr² + yr²);
 * flat: u = SDD·xr/yr, W = 1/U² = D²/yr².
 * Shared by {@link CpuBackprojector} and {@link PixelDrivenProjector} so the pair is an exact transpose.
 * Not thread-safe: one per worker.
 */
final class FanRowSampler {

    private final ViewTables t;
    private final float[] pos;
    private final float[] weights;

    FanRowSampler(ViewTables t, int nx) {
        this.t = t;
        this.pos = new float[nx];
        this.weights = new float[nx];
    }

    float[] positions() {
        return pos;
    }

    float[] weights() {
        return weights;
    }

    /** Fills {@link #positions()} and {@link #weights()} for row j of view v. */
    void sample(int v, int j) {
        final float c = t.cos()[v];
        final float s = t.sin()[v];
        final float d = t.sourceIso();
        final float y = t.y0() + j * t.dy();
        final float maxP = t.maxPosition();
        for (int i = 0; i < pos.length; i++) {
            float x = t.x0() + i * t.dx();
            float xr = x * c + y * s;
            float yr = d + x * s - y * c;
            if (!(yr > 0)) {
                // At or behind the source (outside the source circle): no ray of this view passes here.
                pos[i] = 0f;
                weights[i] = 0f;
                continue;
            }
            float r = 1f / yr;
            float p;
            if (t.arc()) {
                p = t.arcPositions().at(xr * r);
                weights[i] = 1f / (xr * xr + yr * yr);
            } else {
                p = t.sourceDetector() * xr * r * t.invSpacing() + t.shift();
                weights[i] = d * d * r * r;
            }
            pos[i] = Math.min(Math.max(p, 0f), maxP);
        }
    }
}
