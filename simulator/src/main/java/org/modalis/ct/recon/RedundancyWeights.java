package org.modalis.ct.recon;

import org.modalis.ct.CtGeometry;
import org.modalis.ct.FanBeamGeometry;

/**
 * Per-ray redundancy weights w(view, bin) that make every line count once in the backprojection integral
 * ∫ dβ over the scanned arc. Parker (1982), "Optimal short scan convolution reconstruction for fan-beam
 * CT", Med. Phys. 9:254, with β measured from the start of the arc, fan angle γ, and δ = (arc − π)/2
 * (δ = γ_max for the minimal short scan; a larger δ is the over-scan generalization, still exact):
 * <pre>
 *   w = sin²(π/4 · β/(δ − γ))              0 ≤ β ≤ 2δ − 2γ
 *   w = 1                                   2δ − 2γ ≤ β ≤ π − 2γ
 *   w = sin²(π/4 · (π + 2δ − β)/(δ + γ))    π − 2γ ≤ β ≤ π + 2δ
 * </pre>
 * which satisfies w(β, γ) + w(β + π + 2γ, −γ) = 1 for the two measurements of the same line under the
 * convention θ = β + γ of {@link FanBeamGeometry}.
 */
public final class RedundancyWeights {

    private final CtGeometry geometry;
    private final RedundancyWeighting mode;
    private final double delta;

    /**
     * @throws IllegalArgumentException for a Parker-weighted fan scan whose arc is shorter than π + fan angle
     */
    public RedundancyWeights(CtGeometry geometry, RedundancyWeighting mode) {
        this.geometry = geometry;
        this.mode = mode;
        double arc = arc(geometry);
        this.delta = (arc - Math.PI) / 2;
        if (mode == RedundancyWeighting.PARKER && geometry instanceof FanBeamGeometry f && f.shortScan()
                && delta < f.halfFanAngle() * (1 - 1e-9)) {
            throw new IllegalArgumentException(String.format(
                    "a fan-beam short scan needs an arc ≥ 180° + fan angle = %.3f°, got %.3f°",
                    Math.toDegrees(Math.PI + 2 * f.halfFanAngle()), Math.toDegrees(arc)));
        }
    }

    private static double arc(CtGeometry g) {
        return g.angularStep() * g.views();
    }

    /** Weight of the ray in (view, bin centre). */
    public double weight(int view, int bin) {
        double arc = arc(geometry);
        if (geometry instanceof FanBeamGeometry f) {
            if (mode == RedundancyWeighting.PARKER && f.shortScan()) {
                return parker(view * f.angularStep(), f.fanAngle(f.binCentre(bin)), delta);
            }
            return Math.PI / arc;
        }
        return arc < Math.PI ? 1.0 : Math.PI / arc;
    }

    /** Parker's weight at arc position β ∈ [0, π + 2δ] [rad] and fan angle γ, |γ| ≤ δ. */
    public static double parker(double beta, double gamma, double delta) {
        if (beta < 2 * delta - 2 * gamma) {
            double s = Math.sin(Math.PI / 4 * beta / (delta - gamma));
            return s * s;
        }
        if (beta <= Math.PI - 2 * gamma) {
            return 1.0;
        }
        double x = Math.max(0.0, Math.PI + 2 * delta - beta);
        double s = Math.sin(Math.PI / 4 * x / (delta + gamma));
        return s * s;
    }
}
