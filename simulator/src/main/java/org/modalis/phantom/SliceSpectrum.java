package org.modalis.phantom;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 2-D spectrum of one plane z = z₀ of an {@link AnalyticPhantom}, per tissue: c_t(k) = Σ_j coef_j·F_j(k),
 * a list of terms (analytic section, tissue, coefficient) whose weighted indicators sum to the phantom's
 * composition c_t(x, y, z₀) at every point.
 *
 * <p>ADD regions are one term each. A REPLACE region Q discards what is below it, which in terms of
 * indicators reads 1_P·(1 − 1_Q) for every earlier term P. For sections that are nested or disjoint this
 * product is again a single indicator: P ⊂ Q → the term vanishes; Q ⊂ P → a term (Q, −coef_P) is added;
 * disjoint → nothing changes. Then Q adds its own term. The result equals {@link AnalyticPhantom#composition}
 * exactly (linearity of the Fourier transform). Partially overlapping REPLACE regions would need the
 * transform of an intersection, which has no closed form; they are refused with the names of the regions.
 */
public final class SliceSpectrum {

    /** Boundary points per section for the containment tests (convex sections, so the boundary decides). */
    private static final int BOUNDARY_POINTS = 360;
    /** Relative slack of the containment tests: a shared or tangent boundary counts as "inside". */
    private static final double SLACK = 1e-9;

    private final double z;
    private final int tissueCount;
    private final List<Term> terms;

    /**
     * One term of the spectrum: coefficient × indicator of {@code section}, counted for {@code tissue}.
     *
     * @param section     the analytic cross-section
     * @param region      index of the phantom region whose shape gave the section
     * @param tissue      index in {@link Phantom#tissues()}
     * @param coefficient the region weight, negated for the part a nested REPLACE region removes
     */
    public record Term(PlanarSection section, int region, int tissue, double coefficient) {
    }

    SliceSpectrum(double z, int tissueCount, List<Region> regions, int[] tissueOf) {
        this.z = z;
        this.tissueCount = tissueCount;
        List<Term> list = new ArrayList<>();
        Map<PlanarSection, double[][]> boundaries = new IdentityHashMap<>();
        for (int r = 0; r < regions.size(); r++) {
            Region region = regions.get(r);
            var section = region.shape().section(z);
            if (section.isEmpty()) {
                continue;
            }
            if (region.mode() == Region.Mode.REPLACE) {
                list = replaceBelow(list, section.get(), r, boundaries);
            }
            list.add(new Term(section.get(), r, tissueOf[r], region.weight()));
        }
        terms = List.copyOf(list);
    }

    private static List<Term> replaceBelow(List<Term> below, PlanarSection q, int region,
                                           Map<PlanarSection, double[][]> boundaries) {
        List<Term> out = new ArrayList<>();
        // Several terms may share a region's section (the region's own and the negated part of nested ones):
        // one relation test per region.
        Map<Integer, Relation> relations = new java.util.HashMap<>();
        for (Term p : below) {
            switch (relations.computeIfAbsent(p.region, r -> relation(p.section, q, boundaries))) {
                case INSIDE -> { }
                case CONTAINS -> {
                    out.add(p);
                    out.add(new Term(q, region, p.tissue, -p.coefficient));
                }
                case DISJOINT -> out.add(p);
                default -> throw new UnsupportedOperationException("region " + (region + 1) + " (REPLACE) partially"
                        + " overlaps region " + (p.region + 1) + " in the imaged slice; the analytic k-space needs"
                        + " REPLACE regions nested inside or disjoint from the regions below them");
            }
        }
        return merged(out);
    }

    /**
     * Terms of the same section and tissue summed into one, zero sums dropped: in a stack of nested REPLACE regions
     * each level would otherwise double the list with pairs that cancel (the list stays linear in the regions).
     */
    private static List<Term> merged(List<Term> terms) {
        Map<List<Integer>, Term> byKey = new java.util.LinkedHashMap<>();
        for (Term t : terms) {
            byKey.merge(List.of(t.region, t.tissue), t,
                    (a, b) -> new Term(a.section, a.region, a.tissue, a.coefficient + b.coefficient));
        }
        List<Term> out = new ArrayList<>();
        for (Term t : byKey.values()) {
            if (t.coefficient != 0) {
                out.add(t);
            }
        }
        return out;
    }

    private enum Relation { INSIDE, CONTAINS, DISJOINT, PARTIAL }

    /** How section p (below) relates to q (the replacing one), decided on boundary samples of both. */
    private static Relation relation(PlanarSection p, PlanarSection q, Map<PlanarSection, double[][]> boundaries) {
        // Each section's boundary is sampled once per plane (a region meets every REPLACE region above it).
        double[][] pb = boundaries.computeIfAbsent(p, SliceSpectrum::boundary);
        double[][] qb = boundaries.computeIfAbsent(q, SliceSpectrum::boundary);
        double[] px = pb[0], py = pb[1], qx = qb[0], qy = qb[1];
        if (countInside(q, px, py, SLACK) == BOUNDARY_POINTS) {
            return Relation.INSIDE;
        }
        if (countInside(p, qx, qy, SLACK) == BOUNDARY_POINTS) {
            return Relation.CONTAINS;
        }
        if (countInside(q, px, py, -SLACK) == 0 && countInside(p, qx, qy, -SLACK) == 0) {
            return Relation.DISJOINT;
        }
        return Relation.PARTIAL;
    }

    /** {xs, ys} of BOUNDARY_POINTS boundary points of the section. */
    private static double[][] boundary(PlanarSection s) {
        double[] xs = new double[BOUNDARY_POINTS], ys = new double[BOUNDARY_POINTS];
        s.boundary(BOUNDARY_POINTS, xs, ys);
        return new double[][] {xs, ys};
    }

    private static int countInside(PlanarSection s, double[] xs, double[] ys, double slack) {
        int n = 0;
        for (int i = 0; i < xs.length; i++) {
            n += s.contains(xs[i], ys[i], slack) ? 1 : 0;
        }
        return n;
    }

    /** The plane z₀ [m]. */
    public double z() {
        return z;
    }

    /** The terms whose weighted indicators sum to the composition of the plane (immutable). */
    public List<Term> terms() {
        return terms;
    }

    /** Number of tissues (the phantom's {@link Phantom#tissues()} order). */
    public int tissueCount() {
        return tissueCount;
    }

    /**
     * Writes the per-tissue spectra at (kx, ky) [cycles/m] into re[t], im[t] [m²] (cleared first): the Fourier
     * transform of c_t(x, y, z₀).
     */
    public void transform(double kx, double ky, double[] re, double[] im) {
        java.util.Arrays.fill(re, 0, tissueCount, 0);
        java.util.Arrays.fill(im, 0, tissueCount, 0);
        double[] acc = new double[2];
        for (Term t : terms) {
            acc[0] = 0;
            acc[1] = 0;
            t.section.addFourier(kx, ky, t.coefficient, acc);
            re[t.tissue] += acc[0];
            im[t.tissue] += acc[1];
        }
    }

    /** Area-weighted coefficient sum per tissue [m²]: the spectrum at k = 0, Σ_j coef_j·area_j. */
    public double[] zeroFrequency() {
        double[] out = new double[tissueCount];
        for (Term t : terms) {
            out[t.tissue] += t.coefficient * t.section.area();
        }
        return out;
    }
}
