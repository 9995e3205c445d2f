package org.modalis.mri;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.PlanarSection;
import org.modalis.phantom.Region;
import org.modalis.phantom.SectionExtent;
import org.modalis.phantom.SliceSpectrum;

/**
 * The per-tissue 2-D spectrum of an excited slab with a rectangular profile, averaged exactly over its thickness T:
 * <pre>C_t(k) = (1/T)·∫_{z₀−T/2}^{z₀+T/2} c_t(k; z) dz</pre>
 * with c_t(k; z) the plane spectrum of {@link SliceSpectrum} (through-slice partial volume). A 2-D phantom is the
 * same in every plane: one plane. For a 3-D phantom the plane spectrum is a sum of region terms whose REPLACE
 * structure (which region counts for which tissue with which sign) is, for nested or disjoint regions, the same
 * in every plane where the region is cut; then the integral splits per region into ∫ F_{section_r(z)}(k) dz
 * over the part of the slab that cuts region r ({@link SlabQuadrature}: exact for sections constant in z —
 * prisms, z-cylinders and z-boxes — and Gauss–Legendre in an angle variable for ellipsoids). The structure is
 * checked on {@value #STRUCTURE_PLANES} planes across the slab plus the middle of each region's part of it; if it
 * changes inside the slab, the slab falls back to {@value #FALLBACK_PLANES} midpoint planes (relative error of
 * order (T/64)²/24·|A''|/A) and {@link #method()} says so.
 */
public final class SlabSpectrum {

    /** Planes on which the REPLACE structure is compared. */
    static final int STRUCTURE_PLANES = 16;
    /** Midpoint planes when the structure is not constant across the slab. */
    public static final int FALLBACK_PLANES = 64;

    private final int tissueCount;
    private final List<SectionNode> nodes;
    private final String method;

    private SlabSpectrum(int tissueCount, List<SectionNode> nodes, String method) {
        this.tissueCount = tissueCount;
        this.nodes = List.copyOf(nodes);
        this.method = method;
    }

    /**
     * The slab [z₀ − T/2, z₀ + T/2] of {@code phantom}, integrated accurately up to the spatial frequency
     * {@code kMax} [cycles/m] (the quadrature order grows with kMax × how much the sections move).
     */
    public static SlabSpectrum of(AnalyticPhantom phantom, double z0, double thickness, double kMax) {
        if (!(thickness > 0) || !(kMax >= 0)) {
            throw new IllegalArgumentException("slab thickness must be > 0 [m] and kMax ≥ 0 [cycles/m], got " + thickness
                    + ", " + kMax);
        }
        int nt = phantom.tissues().size();
        if (phantom.dimension() == 2) {
            return new SlabSpectrum(nt, planeNodes(phantom.sliceSpectrum(z0), 1), "one plane (2-D phantom)");
        }
        double z1 = z0 - thickness / 2, z2 = z0 + thickness / 2;
        List<Region> regions = phantom.regions();
        double[][] part = new double[regions.size()][];
        for (int r = 0; r < regions.size(); r++) {
            Optional<double[]> e = SectionExtent.of(regions.get(r).shape());
            if (e.isPresent() && e.get()[1] > z1 && e.get()[0] < z2) {
                part[r] = new double[] {Math.max(z1, e.get()[0]), Math.min(z2, e.get()[1]), e.get()[0], e.get()[1]};
            }
        }
        double[][][] structure = structure(phantom, z1, thickness, part);
        if (structure == null) {
            return planes(phantom, z1, thickness);
        }
        List<SectionNode> nodes = new ArrayList<>();
        int count = 0;
        for (int r = 0; r < regions.size(); r++) {
            if (part[r] == null || structure[r] == null || structure[r].length == 0) {
                continue;
            }
            SlabQuadrature q = SlabQuadrature.of(regions.get(r).shape(), part[r], kMax);
            count += q.z().length;
            for (int i = 0; i < q.z().length; i++) {
                PlanarSection s = regions.get(r).shape().section(q.z()[i]).orElseThrow();
                nodes.add(node(s, structure[r], q.weight()[i] / thickness));
            }
        }
        return new SlabSpectrum(nt, nodes, "exact slab integral (" + count + " section nodes)");
    }

    /** The slab of a protocol, accurate up to the highest frequency of {@code lattice}. */
    public static SlabSpectrum of(AnalyticPhantom phantom, MrProtocol p, KLattice lattice) {
        return of(phantom, p.slicePosition(), p.sliceThickness(), TissueSpectra.maxFrequency(lattice));
    }

    /**
     * Per region, its (tissue, coefficient) pairs, the same on every sampled plane that cuts it; null when some
     * region's pairs differ between planes (the structure changes inside the slab).
     */
    private static double[][][] structure(AnalyticPhantom phantom, double z1, double thickness, double[][] part) {
        List<Double> planes = new ArrayList<>();
        for (int i = 0; i < STRUCTURE_PLANES; i++) {
            planes.add(z1 + thickness * (i + 0.5) / STRUCTURE_PLANES);
        }
        for (double[] p : part) {
            if (p != null) {
                planes.add(0.5 * (p[0] + p[1]));
            }
        }
        double[][][] out = new double[part.length][][];
        for (double z : planes) {
            List<SliceSpectrum.Term> terms = phantom.sliceSpectrum(z).terms();
            for (int r = 0; r < part.length; r++) {
                if (part[r] == null || !(z > part[r][0] && z < part[r][1])) {
                    continue;
                }
                double[][] pairs = pairsOf(terms, r);
                if (out[r] == null) {
                    out[r] = pairs;
                } else if (!Arrays.deepEquals(out[r], pairs)) {
                    return null;
                }
            }
        }
        return out;
    }

    /** The (tissue, coefficient) pairs of the terms that use region r's section, sorted. */
    private static double[][] pairsOf(List<SliceSpectrum.Term> terms, int region) {
        return terms.stream().filter(t -> t.region() == region)
                .map(t -> new double[] {t.tissue(), t.coefficient()})
                .sorted((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]))
                .toArray(double[][]::new);
    }

    private static SectionNode node(PlanarSection s, double[][] pairs, double weight) {
        int[] t = new int[pairs.length];
        double[] w = new double[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            t[i] = (int) pairs[i][0];
            w[i] = pairs[i][1] * weight;
        }
        return new SectionNode(s, t, w);
    }

    /** The terms of one plane, grouped by region, each weighted by {@code weight}. */
    private static List<SectionNode> planeNodes(SliceSpectrum plane, double weight) {
        List<SectionNode> out = new ArrayList<>();
        List<SliceSpectrum.Term> terms = plane.terms();
        boolean[] done = new boolean[terms.stream().mapToInt(SliceSpectrum.Term::region).max().orElse(-1) + 1];
        for (SliceSpectrum.Term t : terms) {
            if (!done[t.region()]) {
                done[t.region()] = true;
                out.add(node(t.section(), pairsOf(terms, t.region()), weight));
            }
        }
        return out;
    }

    /** The fallback: midpoint planes across the slab. */
    private static SlabSpectrum planes(AnalyticPhantom phantom, double z1, double thickness) {
        List<SectionNode> nodes = new ArrayList<>();
        for (int i = 0; i < FALLBACK_PLANES; i++) {
            nodes.addAll(planeNodes(phantom.sliceSpectrum(z1 + thickness * (i + 0.5) / FALLBACK_PLANES), 1.0 / FALLBACK_PLANES));
        }
        return new SlabSpectrum(phantom.tissues().size(), nodes, FALLBACK_PLANES
                + " midpoint planes (the REPLACE nesting changes inside the slab)");
    }

    /** The sections with their tissue weights. */
    List<SectionNode> nodes() {
        return nodes;
    }

    /** Number of tissues. */
    public int tissueCount() {
        return tissueCount;
    }

    /** How the slab was integrated, for the trace and the docs. */
    public String method() {
        return method;
    }

    /** C_t(kx, ky) [m²] into re[t], im[t] (cleared first), section by section (the direct, unbatched route). */
    public void transform(double kx, double ky, double[] re, double[] im) {
        Arrays.fill(re, 0, tissueCount, 0);
        Arrays.fill(im, 0, tissueCount, 0);
        double[] acc = new double[2];
        for (SectionNode n : nodes) {
            acc[0] = 0;
            acc[1] = 0;
            n.section().addFourier(kx, ky, 1, acc);
            for (int i = 0; i < n.tissues().length; i++) {
                re[n.tissues()[i]] += n.weights()[i] * acc[0];
                im[n.tissues()[i]] += n.weights()[i] * acc[1];
            }
        }
    }

    /** C_t(0) [m²]: the slab-averaged area of each tissue. */
    public double[] zeroFrequency() {
        double[] out = new double[tissueCount];
        for (SectionNode n : nodes) {
            for (int i = 0; i < n.tissues().length; i++) {
                out[n.tissues()[i]] += n.weights()[i] * n.section().area();
            }
        }
        return out;
    }
}
