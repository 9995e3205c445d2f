package org.modalis.phantom;

/**
 * A rectangle in the plane: centre (cx, cy), full sides w along u and h along v, u at angle θ from +x. Its
 * Fourier transform is the separable F(k) = w·h·sinc(w·k_u)·sinc(h·k_v)·e^(−2πi k·c), sinc x = sin(πx)/(πx)
 * (Bracewell, <i>The Fourier Transform and Its Applications</i>, ch. 4).
 */
public final class RectangleSection implements PlanarSection {

    private final double cx, cy, w, h, angle;
    /** cos and sin of the angle, computed once: the spectrum is evaluated at every k-space sample. */
    private final double cos, sin;

    /**
     * @param cx    centre x [m]
     * @param cy    centre y [m]
     * @param w     side along u [m]
     * @param h     side along v [m]
     * @param angle angle of u from +x, counter-clockwise [rad]
     */
    public RectangleSection(double cx, double cy, double w, double h, double angle) {
        if (!(w > 0 && h > 0) || !Double.isFinite(w) || !Double.isFinite(h)) {
            throw new IllegalArgumentException("rectangle sides must be positive and finite [m], got " + w + ", " + h);
        }
        this.cx = cx;
        this.cy = cy;
        this.w = w;
        this.h = h;
        this.angle = angle;
        this.cos = Math.cos(angle);
        this.sin = Math.sin(angle);
    }

    public double cx() { return cx; }
    public double cy() { return cy; }
    public double w() { return w; }
    public double h() { return h; }
    public double angle() { return angle; }

    @Override
    public void addFourier(double kx, double ky, double scale, double[] out) {
        double c = cos, s = sin;
        double ku = kx * c + ky * s, kv = -kx * s + ky * c;
        double mag = scale * w * h * sinc(w * ku) * sinc(h * kv);
        double phase = -2 * Math.PI * (kx * cx + ky * cy);
        out[0] += mag * Math.cos(phase);
        out[1] += mag * Math.sin(phase);
    }

    private static double sinc(double x) {
        if (Math.abs(x) < 1e-8) {
            return 1;
        }
        double px = Math.PI * x;
        return Math.sin(px) / px;
    }

    @Override
    public double area() {
        return w * h;
    }

    @Override
    public boolean contains(double x, double y, double slack) {
        double c = cos, s = sin;
        double dx = x - cx, dy = y - cy;
        double f = 1 + slack;
        return Math.abs(dx * c + dy * s) <= 0.5 * w * f && Math.abs(-dx * s + dy * c) <= 0.5 * h * f;
    }

    @Override
    public void boundary(int n, double[] xs, double[] ys) {
        double c = cos, s = sin;
        double perimeter = 2 * (w + h);
        for (int i = 0; i < n; i++) {
            double d = perimeter * i / n;
            double u, v;
            if (d < w) {
                u = -w / 2 + d; v = -h / 2;
            } else if (d < w + h) {
                u = w / 2; v = -h / 2 + (d - w);
            } else if (d < 2 * w + h) {
                u = w / 2 - (d - w - h); v = h / 2;
            } else {
                u = -w / 2; v = h / 2 - (d - 2 * w - h);
            }
            xs[i] = cx + u * c - v * s;
            ys[i] = cy + u * s + v * c;
        }
    }
}
