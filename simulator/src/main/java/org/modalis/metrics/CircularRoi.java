package org.modalis.metrics;

/**
 * A disc: pixel centres with (x − cx)² + (y − cy)² ≤ r².
 *
 * @param centreX x of the centre [m]
 * @param centreY y of the centre [m]
 * @param radius  radius [m], > 0
 */
public record CircularRoi(double centreX, double centreY, double radius) implements Roi {

    public CircularRoi {
        if (!(radius > 0) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("ROI radius must be > 0 m, got " + radius);
        }
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY)) {
            throw new IllegalArgumentException("ROI centre must be finite, got (" + centreX + ", " + centreY + ") m");
        }
    }

    @Override
    public boolean contains(double x, double y) {
        double u = x - centreX;
        double v = y - centreY;
        return u * u + v * v <= radius * radius;
    }

    @Override
    public double halfWidth() {
        return radius;
    }

    @Override
    public double halfHeight() {
        return radius;
    }

    @Override
    public String describe() {
        return "circle centre (" + Roi.mm(centreX) + ", " + Roi.mm(centreY) + ") mm, radius " + Roi.mm(radius) + " mm";
    }
}
