package org.modalis.mri;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.modalis.phantom.PlanarSection;
import org.modalis.phantom.Shape;

/**
 * Nodes z_i and weights w_i [m] with Σ w_i·F(z_i) = ∫_{za}^{zb} F(z) dz for the transform F(k; z) of one shape's
 * section over the part [za, zb] of a slab that cuts it.
 * <ul>
 * <li>Sections constant in z (prisms, cylinders and boxes along z): one node, w = zb − za (exact).</li>
 * <li>Otherwise (ellipsoids: semi-axes ∝ s(z) = √(1 − ((z − z_c)/h)²), centre linear in z, over the shape's full
 * extent z_c ± h): z = z_c + h·sin θ, dz = h·cos θ dθ, which turns the square-root ends of the section area into
 * a smooth integrand in θ (cos θ·s² = cos³θ for the area), integrated by Gauss–Legendre in θ. The integrand
 * oscillates with k: over the part, the section boundary moves by D (max over boundary points), so F's phase
 * turns by ≤ 2π·kMax·D, i.e. c = kMax·D cycles; N = {@value #BASE_NODES} + ⌈{@value #NODES_PER_CYCLE}·c⌉ nodes,
 * {@value #POLE_NODES} more when the part reaches a pole of the shape
 * (measured: a sphere inside a 10 mm slab at |k| ≤ 800 cycles/m, c ≈ 1.8, is within 1.3e-6 of its closed form with
 * 3 nodes per cycle and 1e-9 — the floor of the rational J₁ — with 6; the tests check both that closed form and
 * 2000-plane brute forces), at most {@value #MAX_NODES}.</li>
 * </ul>
 *
 * @param z      node positions [m]
 * @param weight weights [m]
 */
record SlabQuadrature(double[] z, double[] weight) {

    static final int BASE_NODES = 3;
    /** Extra nodes when the part reaches a pole, where the section shrinks to a point (cos θ → 0 in the integrand). */
    static final int POLE_NODES = 8;
    static final double NODES_PER_CYCLE = 6;
    static final int MAX_NODES = 400;
    /** Boundary points compared between planes (constancy and motion of the section). */
    private static final int PROBE_POINTS = 32;
    /** Planes on which the motion of the boundary is probed. */
    private static final int PROBE_PLANES = 9;

    /**
     * @param part {za, zb, zLow, zHigh}: the part of the slab inside the shape's extent, and that extent [m]
     * @param kMax highest |k| to integrate accurately [cycles/m]
     */
    static SlabQuadrature of(Shape shape, double[] part, double kMax) {
        double za = part[0], zb = part[1];
        if (shape.isPrismAlongZ() || isConstant(shape, za, zb)) {
            return new SlabQuadrature(new double[] {0.5 * (za + zb)}, new double[] {zb - za});
        }
        double zc = 0.5 * (part[2] + part[3]), h = 0.5 * (part[3] - part[2]);
        double ta = Math.asin(Math.max(-1, Math.min(1, (za - zc) / h)));
        double tb = Math.asin(Math.max(-1, Math.min(1, (zb - zc) / h)));
        double cycles = kMax * boundaryMotion(shape, zc, h, ta, tb);
        boolean pole = za <= part[2] || zb >= part[3];
        int n = (int) Math.min(MAX_NODES, BASE_NODES + (pole ? POLE_NODES : 0) + Math.ceil(NODES_PER_CYCLE * cycles));
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(n, ta, tb);
        double[] z = new double[n], w = new double[n];
        for (int i = 0; i < n; i++) {
            double t = rule.getPoint(i);
            z[i] = zc + h * Math.sin(t);
            w[i] = rule.getWeight(i) * h * Math.cos(t);
        }
        return new SlabQuadrature(z, w);
    }

    /** Whether the section is the same at both ends and the middle of [za, zb] (to 1e-12 of its size). */
    private static boolean isConstant(Shape shape, double za, double zb) {
        double eps = 1e-9 * (zb - za);
        double[][] a = probe(shape, za + eps), m = probe(shape, 0.5 * (za + zb)), b = probe(shape, zb - eps);
        return a != null && b != null && distance(a, m) <= 1e-12 * size(m) && distance(b, m) <= 1e-12 * size(m);
    }

    /** Largest distance a boundary point moves between any two of the probe planes spread over [ta, tb] [m]. */
    private static double boundaryMotion(Shape shape, double zc, double h, double ta, double tb) {
        double[][][] p = new double[PROBE_PLANES][][];
        for (int i = 0; i < PROBE_PLANES; i++) {
            // From end to end, a hair inside: at a pole itself the section is a point (or empty).
            double t = ta + (tb - ta) * (1e-9 + (1 - 2e-9) * i / (PROBE_PLANES - 1));
            p[i] = probe(shape, zc + h * Math.sin(t));
        }
        double max = 0;
        for (int i = 0; i < PROBE_PLANES; i++) {
            for (int j = i + 1; j < PROBE_PLANES; j++) {
                if (p[i] != null && p[j] != null) {
                    max = Math.max(max, distance(p[i], p[j]));
                }
            }
        }
        return max;
    }

    /** PROBE_POINTS boundary points {xs, ys} of the section at z, or null when empty. */
    private static double[][] probe(Shape shape, double z) {
        var s = shape.section(z);
        if (s.isEmpty()) {
            return null;
        }
        PlanarSection section = s.get();
        double[] xs = new double[PROBE_POINTS], ys = new double[PROBE_POINTS];
        section.boundary(PROBE_POINTS, xs, ys);
        return new double[][] {xs, ys};
    }

    private static double distance(double[][] a, double[][] b) {
        double max = 0;
        for (int i = 0; i < PROBE_POINTS; i++) {
            max = Math.max(max, Math.hypot(a[0][i] - b[0][i], a[1][i] - b[1][i]));
        }
        return max;
    }

    /** Largest distance of a boundary point from the first one: the section's size [m]. */
    private static double size(double[][] a) {
        double max = 0;
        for (int i = 1; i < PROBE_POINTS; i++) {
            max = Math.max(max, Math.hypot(a[0][i] - a[0][0], a[1][i] - a[1][0]));
        }
        return max;
    }
}
