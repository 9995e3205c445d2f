package org.modalis.phantom;

/**
 * A straight line x(t) = origin + t·direction with a unit direction, so that the parameter t is the
 * distance along the ray [m]. Rays through a phantom are integrated over all t (the source and the
 * detector lie outside the object).
 */
public record Ray(double ox, double oy, double oz, double ux, double uy, double uz) {

    public Ray {
        double n = Math.sqrt(ux * ux + uy * uy + uz * uz);
        if (!(n > 0)) {
            throw new IllegalArgumentException("ray direction must be non-zero");
        }
        ux /= n;
        uy /= n;
        uz /= n;
    }

    /** Ray from point a towards point b. */
    public static Ray through(double ax, double ay, double az, double bx, double by, double bz) {
        return new Ray(ax, ay, az, bx - ax, by - ay, bz - az);
    }

    /** The same ray with its origin moved by (tx, ty, tz): how a rigid translation of the object is seen. */
    public Ray translated(double tx, double ty, double tz) {
        return new Ray(ox + tx, oy + ty, oz + tz, ux, uy, uz);
    }
}
