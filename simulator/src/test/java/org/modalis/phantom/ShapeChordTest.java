package org.modalis.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Chords of the elementary shapes against closed forms and hand computations. */
class ShapeChordTest {

    private final double[] t = new double[2];

    /** The parallel-beam ray at angle θ and detector offset s: the line x·(cos θ, sin θ) = s, started 1 m away. */
    static Ray parallelRay(double theta, double s) {
        double c = Math.cos(theta), sn = Math.sin(theta);
        return new Ray(s * c + 1.0 * sn, s * sn - 1.0 * c, 0, -sn, c, 0);
    }

    private double chord(Shape shape, Ray ray) {
        return shape.intersect(ray, t) ? t[1] - t[0] : 0;
    }

    /**
     * Radon transform of an ellipse, p(s, θ)/ρ = 2AB·√(a² − s'²)/a² with a² = A²cos²(θ−α) + B²sin²(θ−α) and
     * s' = s − (cx cos θ + cy sin θ) (Kak &amp; Slaney ch. 3). Rays with |s'| ≤ 0.99a: there the chord's
     * conditioning is ≤ 1/(1 − 0.99²) ≈ 50, so double rounding (1e-16) stays far below the 1e-12 tolerance.
     */
    @Test
    void ellipseMatchesRadonClosedForm() {
        SplittableRandom rnd = new SplittableRandom(7);
        double worst = 0;
        for (int e = 0; e < 20; e++) {
            double aa = 0.01 + 0.1 * rnd.nextDouble(), bb = 0.01 + 0.1 * rnd.nextDouble();
            double alpha = rnd.nextDouble(-Math.PI, Math.PI);
            double cx = rnd.nextDouble(-0.05, 0.05), cy = rnd.nextDouble(-0.05, 0.05);
            Ellipse ellipse = new Ellipse(cx, cy, aa, bb, alpha);
            for (int k = 0; k < 200; k++) {
                double theta = rnd.nextDouble(0, Math.PI);
                double c = Math.cos(theta - alpha), s = Math.sin(theta - alpha);
                double a = Math.sqrt(aa * aa * c * c + bb * bb * s * s);
                double sPrime = rnd.nextDouble(-0.99, 0.99) * a;
                double offset = sPrime + cx * Math.cos(theta) + cy * Math.sin(theta);
                double expected = 2 * aa * bb * Math.sqrt(a * a - sPrime * sPrime) / (a * a);
                double got = chord(ellipse, parallelRay(theta, offset));
                worst = Math.max(worst, Math.abs(got - expected) / expected);
            }
        }
        assertTrue(worst < 1e-12, "worst relative error " + worst);
    }

    @Test
    void ellipseMissesOutsideItsShadow() {
        Ellipse e = new Ellipse(0.01, 0, 0.03, 0.02, 0.3);
        // Shadow half-width at θ = 0: a = √(A²cos²α + B²sin²α).
        double a = Math.sqrt(0.03 * 0.03 * Math.pow(Math.cos(0.3), 2) + 0.02 * 0.02 * Math.pow(Math.sin(0.3), 2));
        assertFalse(e.intersect(parallelRay(0, 0.01 + a * 1.0001), t));
        assertTrue(e.intersect(parallelRay(0, 0.01 + a * 0.9999), t));
    }

    /**
     * Ellipsoid chords against an independent world-frame quadratic: x(t) = p + t·u on xᵀMx = 1 with
     * M = R·diag(a⁻², b⁻², c⁻²)·Rᵀ built from the Euler matrix, chord = 2√(B² − AC)/A. Both are exact formulas
     * in double precision; 1e-11 relative allows the conditioning of the B² − AC form near the rim
     * (|δ| ≤ 0.98 of the way to tangency).
     */
    @Test
    void ellipsoidMatchesWorldQuadratic() {
        SplittableRandom rnd = new SplittableRandom(11);
        double worst = 0;
        int hits = 0;
        for (int k = 0; k < 2000; k++) {
            double a = 0.02 + 0.05 * rnd.nextDouble(), b = 0.02 + 0.05 * rnd.nextDouble(), c = 0.02 + 0.05 * rnd.nextDouble();
            double phi = rnd.nextDouble(-3, 3), theta = rnd.nextDouble(-3, 3), psi = rnd.nextDouble(-3, 3);
            double[] centre = {rnd.nextDouble(-0.02, 0.02), rnd.nextDouble(-0.02, 0.02), rnd.nextDouble(-0.02, 0.02)};
            Ellipsoid shape = new Ellipsoid(Pose.euler(centre[0], centre[1], centre[2], phi, theta, psi), a, b, c);
            double[] u = unit(rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian());
            double[] p = {centre[0] + rnd.nextDouble(-0.03, 0.03) - 0.3 * u[0],
                centre[1] + rnd.nextDouble(-0.03, 0.03) - 0.3 * u[1], centre[2] + rnd.nextDouble(-0.03, 0.03) - 0.3 * u[2]};
            double[] m = quadricMatrix(phi, theta, psi, a, b, c);
            // Reference from the line's point nearest the centre (moving the origin along u leaves the chord).
            double[] q = {p[0] - centre[0], p[1] - centre[1], p[2] - centre[2]};
            double along = q[0] * u[0] + q[1] * u[1] + q[2] * u[2];
            for (int i = 0; i < 3; i++) {
                q[i] -= along * u[i];
            }
            double qa = form(m, u, u), qb = form(m, q, u), qc = form(m, q, q) - 1;
            double disc = qb * qb - qa * qc;
            double got = chord(shape, new Ray(p[0], p[1], p[2], u[0], u[1], u[2]));
            // Compare where the chord is ≥ 20 % of the central chord 2/√A (conditioning ≤ 25).
            if (disc > 0.04) {
                double expected = 2 * Math.sqrt(disc) / qa;
                worst = Math.max(worst, Math.abs(got - expected) / expected);
                hits++;
            } else if (disc < 0) {
                assertEquals(0, got, "miss expected");
            }
        }
        assertTrue(hits > 500, "too few hits to test: " + hits);
        assertTrue(worst < 1e-11, "worst relative error " + worst);
    }

    private static double[] unit(double x, double y, double z) {
        double n = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / n, y / n, z / n};
    }

    private static double[] quadricMatrix(double phi, double theta, double psi, double a, double b, double c) {
        double[] rz1 = {Math.cos(phi), -Math.sin(phi), 0, Math.sin(phi), Math.cos(phi), 0, 0, 0, 1};
        double[] ry = {Math.cos(theta), 0, Math.sin(theta), 0, 1, 0, -Math.sin(theta), 0, Math.cos(theta)};
        double[] rz2 = {Math.cos(psi), -Math.sin(psi), 0, Math.sin(psi), Math.cos(psi), 0, 0, 0, 1};
        double[] r = mul(mul(rz1, ry), rz2);
        double[] d = {1 / (a * a), 1 / (b * b), 1 / (c * c)};
        double[] m = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    m[3 * i + j] += r[3 * i + k] * d[k] * r[3 * j + k];
                }
            }
        }
        return m;
    }

    private static double[] mul(double[] x, double[] y) {
        double[] m = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    m[3 * i + j] += x[3 * i + k] * y[3 * k + j];
                }
            }
        }
        return m;
    }

    private static double form(double[] m, double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                s += x[i] * m[3 * i + j] * y[j];
            }
        }
        return s;
    }

    /** A ray through the centre along a rotated ellipsoid's local axis has chord 2a exactly. */
    @Test
    void ellipsoidAxisChord() {
        double ang = Math.toRadians(30);
        Ellipsoid e = new Ellipsoid(Pose.aboutZ(0.01, 0.02, 0.03, ang), 0.05, 0.03, 0.02);
        Ray along = new Ray(0.01 - Math.cos(ang), 0.02 - Math.sin(ang), 0.03, Math.cos(ang), Math.sin(ang), 0);
        assertEquals(0.10, chord(e, along), 1e-15);
        Ray vertical = new Ray(0.01, 0.02, -1, 0, 0, 1);
        assertEquals(0.04, chord(e, vertical), 1e-15);
    }

    /**
     * A square of half-diagonal √2·h rotated by 45°: a horizontal ray at height y crosses it over
     * 2(√2·h − |y|) (hand computation); the 3-D box and the 2-D rectangle must agree.
     */
    @Test
    void rotatedSquareAndBox() {
        double h = 0.02, ang = Math.PI / 4;
        Rectangle rect = new Rectangle(0, 0, 2 * h, 2 * h, ang);
        Box box = new Box(Pose.aboutZ(0, 0, 0, ang), 2 * h, 2 * h, 0.1);
        for (double y : new double[] {0, 0.005, -0.01, 0.02}) {
            Ray ray = new Ray(-1, y, 0.01, 1, 0, 0);
            double expected = 2 * (Math.sqrt(2) * h - Math.abs(y));
            assertEquals(expected, chord(rect, ray), 1e-15);
            assertEquals(expected, chord(box, ray), 1e-15);
        }
        // Along z the rectangle is an infinite prism, the box has its finite size.
        assertEquals(0.1, chord(box, new Ray(0, 0, -1, 0, 0, 1)), 1e-15);
        assertTrue(rect.intersect(new Ray(0, 0, -1, 0, 0, 1), t) && Double.isInfinite(t[1] - t[0]));
    }

    /** Cylinder R = 1, L = 2 (hand computation): side-to-side 2√(1 − y²), cap-to-cap 2, cap-to-side √5. */
    @Test
    void cylinderChords() {
        Cylinder cyl = new Cylinder(Pose.aboutZ(0, 0, 0, 0.3), 1, 1, 2);
        assertEquals(2 * Math.sqrt(1 - 0.36), chord(cyl, new Ray(-5, 0.6, 0.5, 1, 0, 0)), 1e-14);
        assertEquals(2, chord(cyl, new Ray(0.2, 0.3, -5, 0, 0, 1)), 1e-14);
        assertEquals(Math.sqrt(5), chord(cyl, new Ray(0, 0, 0, 1, 0, 2)), 1e-14);
        assertEquals(Math.sqrt(5), chord(cyl, new Ray(0, 0, 0, 2, 0, 1)), 1e-14);
        assertFalse(cyl.intersect(new Ray(0, 0, 1.01, 1, 0, 0), t));
        Cylinder elliptic = new Cylinder(Pose.aboutZ(0, 0, 0, Math.PI / 2), 0.3, 0.1, 1);
        assertEquals(0.2, chord(elliptic, new Ray(-1, 0, 0, 1, 0, 0)), 1e-15, "u axis turned onto y");
    }

    /** A unit circle clipped to x ≤ 0.5 (FORBILD-style plane, ψ = 0, distance 0.5 from the centre). */
    @Test
    void clippedEllipse() {
        Ellipse e = new Ellipse(0.1, 0, 1, 1, 0, List.of(ClipPlane.inPlane(0.1, 0, 0, 0.5)));
        assertEquals(1.5, chord(e, new Ray(-5, 0, 0, 1, 0, 0)), 1e-14);
        assertEquals(2 * Math.sqrt(1 - 0.09), chord(e, new Ray(0.4, -5, 0, 0, 1, 0)), 1e-14);
        assertFalse(e.intersect(new Ray(0.7, -5, 0, 0, 1, 0), t));
        assertTrue(e.contains(0.55, 0, 0));
        assertFalse(e.contains(0.65, 0, 0));
    }

    /** Intersection endpoints lie on the boundary: just inside is contained, just outside is not. */
    @Test
    void endpointsAgreeWithContains() {
        SplittableRandom rnd = new SplittableRandom(3);
        List<Shape> shapes = List.of(new Ellipse(0.01, 0.02, 0.05, 0.03, 0.4),
                new Ellipsoid(Pose.euler(0, 0.01, 0, 0.3, 0.7, 1.1), 0.05, 0.03, 0.04),
                new Box(Pose.euler(0.01, 0, 0, 0.5, 0.2, 0.1), 0.05, 0.03, 0.04),
                new Cylinder(Pose.euler(0, 0, 0.01, 0.2, 0.9, 0.4), 0.04, 0.02, 0.06,
                        List.of(new ClipPlane(1, 1, 0, 0.01))));
        double eps = 1e-9;
        for (Shape s : shapes) {
            for (int k = 0; k < 300; k++) {
                Ray r = new Ray(rnd.nextDouble(-0.3, 0.3), rnd.nextDouble(-0.3, 0.3), rnd.nextDouble(-0.3, 0.3),
                        rnd.nextDouble(-0.1, 0.1) - 0.01 * k % 3, rnd.nextDouble(-0.1, 0.1), rnd.nextDouble(-0.1, 0.1));
                if (!s.intersect(r, t) || t[1] - t[0] < 10 * eps) {
                    continue;
                }
                for (double tt : new double[] {t[0] + eps, t[1] - eps, 0.5 * (t[0] + t[1])}) {
                    assertTrue(s.contains(r.ox() + tt * r.ux(), r.oy() + tt * r.uy(), r.oz() + tt * r.uz()), s.toString());
                }
                for (double tt : new double[] {t[0] - eps, t[1] + eps}) {
                    assertFalse(s.contains(r.ox() + tt * r.ux(), r.oy() + tt * r.uy(), r.oz() + tt * r.uz()), s.toString());
                }
            }
        }
    }
}
