package org.modalis.metrics;

/**
 * A ring: pixel centres with r_in² ≤ (x − cx)² + (y − cy)² ≤ r_out²; used for the periphery of a uniform
 * phantom (cupping) and for regions around metal or dense objects (streaks).
 *
 * @param centreX     x of the centre [m]
 * @param centreY     y of the centre [m]
 * @param innerRadius inner radius [m], ≥ 0
 * @param outerRadius outer radius [m], > innerRadius
 */
public record AnnularRoi(double centreX, double centreY, double innerRadius, double outerRadius) implements Roi {

    public AnnularRoi {
        if (!(innerRadius >= 0) || !(outerRadius > innerRadius) || !Double.isFinite(outerRadius)) {
            throw new IllegalArgumentException("annulus needs 0 ≤ inner < outer radius [m], got " + innerRadius
                    + " and " + outerRadius);
        }
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY)) {
            throw new IllegalArgumentException("ROI centre must be finite, got (" + centreX + ", " + centreY + ") m");
        }
    }

    @Override
    public boolean contains(double x, double y) {
        double u = x - centreX;
        double v = y - centreY;
        double r2 = u * u + v * v;
        return r2 >= innerRadius * innerRadius && r2 <= outerRadius * outerRadius;
    }

    @Override
    public double halfWidth() {
        return outerRadius;
    }

    @Override
    public double halfHeight() {
        return outerRadius;
    }

    @Override
    public String describe() {
        return "annulus centre (" + Roi.mm(centreX) + ", " + Roi.mm(centreY) + ") mm, radii " + Roi.mm(innerRadius)
                + "–" + Roi.mm(outerRadius) + " mm";
    }
}
