package org.modalis.phantom;

import java.util.List;
import org.modalis.tissue.Tissue;

/**
 * The truth being imaged. Properties at a point are a linear combination of tissue properties,
 * Σ_t c_t·P_t, so every question a modality asks reduces to per-tissue quantities: the line integral of
 * μ(E) along a ray is Σ_t L_t·μ_t(E), with L_t the (weighted) path length through tissue t. Analytic
 * phantoms answer exactly (no inverse crime); voxel phantoms answer by exact ray tracing through voxels.
 */
public interface Phantom {

    /** Identifier (file stem of the definition). */
    String name();

    /** The distinct tissues; tissue index t in the methods below refers to this list. */
    List<Tissue> tissues();

    /**
     * Adds to {@code out[t]} the weighted path length [m] of the ray through tissue t, integrated along the
     * whole ray. {@code out} has {@code tissues().size()} entries and is not cleared first.
     */
    void pathLengths(Ray ray, double[] out);

    /** Writes into {@code out[t]} the coefficient c_t of tissue t at the point (x, y, z) [m]. */
    void composition(double x, double y, double z, double[] out);

    /** Radius [m] of a sphere about the origin that contains the whole object. */
    double radius();
}
