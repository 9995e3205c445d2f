package org.modalis.viewer;

/**
 * Zoom and pan of one image panel, and the mapping between screen points and image coordinates. The image
 * is fitted into the panel (aspect kept) at zoom 1 and centred; pan moves it in screen pixels. Image
 * coordinates (u, v) are in pixel units with pixel (i, j) covering [i, i+1) × [j, j+1); the top of the screen
 * shows the largest v when {@code flipY} (CT images: y up), v = 0 otherwise (sinograms: view 0 at the top).
 * Mutable UI state, touched only by the window thread.
 */
public final class ViewTransform {

    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 64;

    private double zoom = 1;
    private double panX;
    private double panY;

    /** Where the image lands on screen: its top-left corner and the screen pixels per image pixel. */
    public record Placement(double x0, double y0, double scaleX, double scaleY, int nx, int ny, boolean flipY) {

        public double width() {
            return nx * scaleX;
        }

        public double height() {
            return ny * scaleY;
        }

        /** Image u of a screen x. */
        public double u(double sx) {
            return (sx - x0) / scaleX;
        }

        /** Image v of a screen y. */
        public double v(double sy) {
            double r = (sy - y0) / scaleY;
            return flipY ? ny - r : r;
        }

        public double screenX(double u) {
            return x0 + u * scaleX;
        }

        public double screenY(double v) {
            return y0 + (flipY ? ny - v : v) * scaleY;
        }
    }

    /**
     * Places an {@code nx × ny} image in the screen rectangle. {@code stretch} fits each axis separately (for
     * sinograms, whose views and bins are not lengths); otherwise the image keeps square pixels.
     */
    public Placement place(double rx, double ry, double rw, double rh, int nx, int ny, boolean flipY, boolean stretch) {
        double sx = rw / nx * zoom;
        double sy = rh / ny * zoom;
        if (!stretch) {
            sx = Math.min(sx, sy);
            sy = sx;
        }
        double x0 = rx + (rw - nx * sx) / 2 + panX;
        double y0 = ry + (rh - ny * sy) / 2 + panY;
        return new Placement(x0, y0, sx, sy, nx, ny, flipY);
    }

    /** Zooms by {@code factor} keeping the screen point (sx, sy) fixed; the rectangle centre is (cx, cy). */
    public void zoomAbout(double factor, double sx, double sy, double cx, double cy) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        double f = z / zoom;
        // The image point under the cursor sits at c + pan + d; after zooming its offset d scales by f.
        panX = (sx - cx) - f * (sx - cx - panX);
        panY = (sy - cy) - f * (sy - cy - panY);
        zoom = z;
    }

    public void pan(double dx, double dy) {
        panX += dx;
        panY += dy;
    }

    public void reset() {
        zoom = 1;
        panX = 0;
        panY = 0;
    }

    public double zoom() {
        return zoom;
    }
}
