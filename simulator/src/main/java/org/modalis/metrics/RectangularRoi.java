package org.modalis.metrics;

/**
 * An axis-aligned rectangle: pixel centres with |x − cx| ≤ width/2 and |y − cy| ≤ height/2. To get an
 * exact n × m pixel block, choose a centre and size that keep pixel centres off the boundary (e.g. a
 * centre on a pixel corner and a width of n·dx).
 *
 * @param centreX x of the centre [m]
 * @param centreY y of the centre [m]
 * @param width   extent along x [m], > 0
 * @param height  extent along y [m], > 0
 */
public record RectangularRoi(double centreX, double centreY, double width, double height) implements Roi {

    public RectangularRoi {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("ROI width and height must be > 0 m, got " + width + " × " + height);
        }
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY)) {
            throw new IllegalArgumentException("ROI centre must be finite, got (" + centreX + ", " + centreY + ") m");
        }
    }

    @Override
    public boolean contains(double x, double y) {
        return Math.abs(x - centreX) <= width / 2 && Math.abs(y - centreY) <= height / 2;
    }

    @Override
    public double halfWidth() {
        return width / 2;
    }

    @Override
    public double halfHeight() {
        return height / 2;
    }

    @Override
    public String describe() {
        return "rectangle centre (" + Roi.mm(centreX) + ", " + Roi.mm(centreY) + ") mm, " + Roi.mm(width) + " × "
                + Roi.mm(height) + " mm";
    }
}
