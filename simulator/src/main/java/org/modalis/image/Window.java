package org.modalis.image;

/**
 * Display window: grey level 0 at {@code level − width/2}, 255 at {@code level + width/2}, in the image's
 * physical unit (e.g. the CT soft-tissue window is level 40 HU, width 400 HU).
 */
public record Window(double level, double width) {

    public Window {
        if (!(width > 0)) {
            throw new IllegalArgumentException("window width must be positive, got " + width);
        }
    }

    /** Window spanning [min, max]. */
    public static Window ofRange(double min, double max) {
        double w = max > min ? max - min : 1.0;
        return new Window((min + max) / 2, w);
    }

    /** The 8-bit grey level of a value, clamped to [0, 255]. */
    public int grey(double value) {
        double g = (value - (level - width / 2)) / width * 255.0;
        if (!(g > 0)) {
            return 0;
        }
        return g >= 255 ? 255 : (int) Math.round(g);
    }
}
