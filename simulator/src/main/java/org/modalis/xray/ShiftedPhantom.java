package org.modalis.xray;

import java.util.List;
import org.modalis.phantom.Phantom;
import org.modalis.phantom.Ray;
import org.modalis.tissue.Tissue;

/**
 * A phantom translated by (dx, dy, dz) [m]: moving the object by d is moving every ray by −d, so path lengths
 * and compositions stay exact (patient or organ motion between or during exposures).
 */
public record ShiftedPhantom(Phantom base, double dx, double dy, double dz) implements Phantom {

    @Override
    public String name() {
        return base.name();
    }

    @Override
    public List<Tissue> tissues() {
        return base.tissues();
    }

    @Override
    public void pathLengths(Ray ray, double[] out) {
        base.pathLengths(ray.translated(-dx, -dy, -dz), out);
    }

    @Override
    public void composition(double x, double y, double z, double[] out) {
        base.composition(x - dx, y - dy, z - dz, out);
    }

    @Override
    public double radius() {
        return base.radius() + Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
