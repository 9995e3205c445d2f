package org.modalis.ultrasound;

import org.modalis.phantom.Phantom;

/**
 * One ray of a {@link Medium} traced with refraction: it starts where the straight ray starts (a linear array's
 * line origin, going down; a phased array's centre, along its angle), advances by the map's step ds, and where the
 * material changes to one of another speed it turns by Snell's law, sin θ₂ / sin θ₁ = c₂ / c₁, in vector form
 * t₂ = η·t₁ + (cos θ₂ − η·cos θ₁)·n with η = c₂/c₁ and n the interface's unit normal pointing ahead. Past the
 * critical angle (sin θ₂ would exceed 1) the sound is totally reflected: nothing is transmitted beyond, and the cells
 * further down the ray are marked unreached (a shadow). Each step records what lies at the end of the bent path of
 * that length, and where that is.
 *
 * <p>The interface normal comes from the phantom itself: the crossing is located by bisection between the two
 * samples, and again along two parallel paths {@value #PROBE_STEPS} steps to either side; the line through the two
 * crossings is the interface's tangent. Where either side path does not cross the same two materials (a corner, a
 * layer thinner than the search), the ray goes on unbent. Limits, stated in docs/ultrasound.md: one central ray
 * per line (the beam's own distortion — aberration — and the ray tube's spreading are not modelled), and the
 * interfaces' transmission stays that of normal incidence.
 */
final class RefractedRay {

    /** Bisection halvings locating a crossing: ds/2¹² ≈ 0.01 µm at 5 MHz. */
    static final int BISECTIONS = 12;
    /** Offset of the two side paths that find an interface's tangent, in steps ds. */
    static final double PROBE_STEPS = 2;
    /** How far along its own direction [steps] each side path looks for the crossing. */
    static final double SEARCH_STEPS = 24;

    private final Medium medium;
    private final Phantom phantom;
    private final double probeY;
    private final int ray;
    private final double[] composition;

    RefractedRay(Medium medium, Phantom phantom, double probeY, int ray) {
        this.medium = medium;
        this.phantom = phantom;
        this.probeY = probeY;
        this.ray = ray;
        this.composition = new double[phantom.tissues().size()];
    }

    /** Traces the ray down the map, recording every step in the medium. */
    void trace() {
        Medium.FanGeometry fan = medium.fan();
        double ds = fan.ds();
        double x = fan.x(ray, 0), z = fan.z(ray, 0);
        double dx = fan.x(ray, 1) - x, dz = fan.z(ray, 1) - z, norm = Math.hypot(dx, dz);
        dx /= norm;
        dz /= norm;
        int previous = -1;
        double px = x, pz = z;
        boolean blocked = false;
        for (int j = 0; j < fan.steps(); j++) {
            int m = material(x, z);
            if (j > 0 && !blocked && m != previous && medium.speed(m) != medium.speed(previous)) {
                double[] n = normal(px, pz, x, z, previous, dx, dz, ds);
                if (n != null) {
                    double eta = medium.speed(m) / medium.speed(previous);
                    double cosI = n[0] * dx + n[1] * dz;
                    double sin2T = eta * eta * (1 - cosI * cosI);
                    if (sin2T >= 1) {
                        medium.block(ray, j);
                        blocked = true;
                    } else {
                        double k = Math.sqrt(1 - sin2T) - eta * cosI;
                        double tx = eta * dx + k * n[0], tz = eta * dz + k * n[1], t = Math.hypot(tx, tz);
                        dx = tx / t;
                        dz = tz / t;
                    }
                }
            }
            medium.record(ray, j, m, x, z);
            previous = m;
            px = x;
            pz = z;
            x += ds * dx;
            z += ds * dz;
        }
    }

    private int material(double x, double z) {
        return medium.materialAt(phantom, probeY, x, z, composition);
    }

    /**
     * The unit normal, pointing along (dx, dz), of the interface crossed between (ax, az) (material a) and (bx, bz);
     * null where the side paths do not find it.
     */
    private double[] normal(double ax, double az, double bx, double bz, int a, double dx, double dz, double ds) {
        double[] centre = crossing(ax, az, bx, bz, a);
        double h = PROBE_STEPS * ds, reach = SEARCH_STEPS * ds;
        double[] left = null, right = null;
        double lx = centre[0] - h * dz, lz = centre[1] + h * dx, rx = centre[0] + h * dz, rz = centre[1] - h * dx;
        if (material(lx - reach * dx, lz - reach * dz) == a && material(lx + reach * dx, lz + reach * dz) != a) {
            left = crossing(lx - reach * dx, lz - reach * dz, lx + reach * dx, lz + reach * dz, a);
        }
        if (material(rx - reach * dx, rz - reach * dz) == a && material(rx + reach * dx, rz + reach * dz) != a) {
            right = crossing(rx - reach * dx, rz - reach * dz, rx + reach * dx, rz + reach * dz, a);
        }
        if (left == null || right == null) {
            return null;
        }
        double tx = right[0] - left[0], tz = right[1] - left[1], t = Math.hypot(tx, tz);
        double nx = -tz / t, nz = tx / t;
        return nx * dx + nz * dz >= 0 ? new double[] {nx, nz} : new double[] {-nx, -nz};
    }

    /** The point between (ax, az) (material a) and (bx, bz) (another) where material a ends, by bisection. */
    private double[] crossing(double ax, double az, double bx, double bz, int a) {
        for (int i = 0; i < BISECTIONS; i++) {
            double mx = 0.5 * (ax + bx), mz = 0.5 * (az + bz);
            if (material(mx, mz) == a) {
                ax = mx;
                az = mz;
            } else {
                bx = mx;
                bz = mz;
            }
        }
        return new double[] {0.5 * (ax + bx), 0.5 * (az + bz)};
    }
}
