package org.modalis.phantom;

import java.util.Objects;

/**
 * A named circular region of interest declared by a phantom file (an insert, the central water, the
 * background), for metrics such as mean HU, noise and CNR.
 *
 * @param name   identifier (e.g. "pmma")
 * @param x      centre x [m]
 * @param y      centre y [m]
 * @param z      centre z [m] (0 for 2-D phantoms)
 * @param radius radius [m]
 */
public record Roi(String name, double x, double y, double z, double radius) {

    public Roi {
        Objects.requireNonNull(name, "name");
        if (!(radius > 0) || !Double.isFinite(radius)) {
            throw new IllegalArgumentException("ROI radius must be positive and finite [m], got " + radius);
        }
    }

    /** Whether the in-plane point (x, y) lies in the ROI's disc. */
    public boolean contains(double px, double py) {
        double dx = px - x, dy = py - y;
        return dx * dx + dy * dy <= radius * radius;
    }
}
