package org.modalis.phantom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.modalis.image.Grid;
import org.modalis.tissue.Tissue;

/**
 * A phantom given as a label volume on a {@link Grid}: voxel value L ≥ 1 means weight_L × tissue_L
 * (entry L − 1 of the label table), and <b>label 0 means nothing</b> (vacuum; put air in explicitly with a
 * label if it matters). A 2-D grid ({@code nz == 1}) is an infinite prism along z, like the 2-D analytic
 * shapes; a 3-D grid is bounded in z by ±nz·dz/2.
 *
 * <p>Path lengths are exact per-voxel intersection lengths by the incremental Siddon algorithm in the form of
 * Jacobs et al., "A fast algorithm to calculate the exact radiological path through a pixel or voxel
 * space", J. Comput. Inf. Technol. 6 (1998) 89: the next crossing parameter of each axis is recomputed from
 * the plane index, α = (x_plane − x₀)/u, so rounding does not accumulate along the ray.
 */
public final class VoxelPhantom implements Phantom {

    private final String name;
    private final Grid grid;
    private final short[] labels;
    private final List<Tissue> tissues;
    private final int[] tissueOfLabel;
    private final double[] weightOfLabel;
    private final double xmin, ymin, zmin;

    /**
     * @param labelTissues tissue of labels 1, 2, … (entry L − 1 for label L)
     * @param labelWeights weight of labels 1, 2, … (dimensionless multiplier of the tissue's properties)
     */
    public VoxelPhantom(String name, Grid grid, short[] labels, List<Tissue> labelTissues, double[] labelWeights) {
        this.name = Objects.requireNonNull(name, "name");
        this.grid = Objects.requireNonNull(grid, "grid");
        if (labels.length != grid.size()) {
            throw new IllegalArgumentException("label volume has " + labels.length + " voxels, grid " + grid.size());
        }
        if (labelTissues.size() != labelWeights.length) {
            throw new IllegalArgumentException("label table: " + labelTissues.size() + " tissues but "
                    + labelWeights.length + " weights");
        }
        int count = labelTissues.size();
        for (short l : labels) {
            if (l < 0 || l > count) {
                throw new IllegalArgumentException("label " + l + " outside the table [0, " + count + "]");
            }
        }
        this.labels = labels.clone();
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Tissue> distinct = new ArrayList<>();
        tissueOfLabel = new int[count + 1];
        weightOfLabel = new double[count + 1];
        for (int l = 1; l <= count; l++) {
            Tissue t = labelTissues.get(l - 1);
            tissueOfLabel[l] = index.computeIfAbsent(t.name(), k -> {
                distinct.add(t);
                return distinct.size() - 1;
            });
            weightOfLabel[l] = labelWeights[l - 1];
        }
        tissues = List.copyOf(distinct);
        xmin = -grid.nx() * grid.dx() / 2;
        ymin = -grid.ny() * grid.dy() / 2;
        zmin = -grid.nz() * grid.dz() / 2;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Tissue> tissues() {
        return tissues;
    }

    public Grid grid() {
        return grid;
    }

    /** A copy of the label volume (x fastest, as the grid's storage order). */
    public short[] labels() {
        return labels.clone();
    }

    /** Label of voxel (i, j, k). */
    public short label(int i, int j, int k) {
        return labels[grid.index(i, j, k)];
    }

    /** Number of labels in the table (labels run 0 … count). */
    public int labelCount() {
        return tissueOfLabel.length - 1;
    }

    /** Index in {@link #tissues()} of label L ≥ 1. */
    public int tissueIndexOfLabel(int label) {
        return tissueOfLabel[label];
    }

    public double weightOfLabel(int label) {
        return weightOfLabel[label];
    }

    @Override
    public void pathLengths(Ray ray, double[] out) {
        double[] span = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        boolean is3d = grid.nz() > 1;
        if (!ConvexShape.slab(ray.ox(), ray.ux(), -xmin, span) || !ConvexShape.slab(ray.oy(), ray.uy(), -ymin, span)
                || is3d && !ConvexShape.slab(ray.oz(), ray.uz(), -zmin, span)) {
            return;
        }
        if (Double.isInfinite(span[0]) || Double.isInfinite(span[1])) {
            throw new IllegalArgumentException("a ray along z through a 2-D voxel phantom has infinite length");
        }
        walk(ray, span[0], span[1], is3d, out);
    }

    /**
     * The incremental traversal (Jacobs et al. 1998) from entry t0 to exit t1 [m]. Each axis keeps its voxel
     * index and the parameter of its next plane crossing; the nearest crossing ends the current voxel's
     * segment. Plain locals, no allocation.
     */
    private void walk(Ray r, double t0, double t1, boolean is3d, double[] out) {
        int nx = grid.nx(), ny = grid.ny(), nz = grid.nz();
        double dx = grid.dx(), dy = grid.dy(), dz = grid.dz();
        double uz = is3d ? r.uz() : 0;
        int ix = entryIndex(r.ox() + t0 * r.ux(), xmin, dx, nx);
        int iy = entryIndex(r.oy() + t0 * r.uy(), ymin, dy, ny);
        int iz = is3d ? entryIndex(r.oz() + t0 * uz, zmin, dz, nz) : 0;
        int sx = (int) Math.signum(r.ux()), sy = (int) Math.signum(r.uy()), sz = (int) Math.signum(uz);
        double tx = crossing(ix, sx, xmin, dx, r.ox(), r.ux());
        double ty = crossing(iy, sy, ymin, dy, r.oy(), r.uy());
        double tz = crossing(iz, sz, zmin, dz, r.oz(), uz);
        double tCur = t0;
        while (true) {
            double tn = Math.min(tx, Math.min(ty, tz));
            double t = Math.min(tn, t1);
            if (t > tCur) {
                int label = labels[ix + nx * (iy + ny * iz)];
                if (label != 0) {
                    out[tissueOfLabel[label]] += (t - tCur) * weightOfLabel[label];
                }
                tCur = t;
            }
            if (tn >= t1) {
                return;
            }
            if (tn == tx) {
                ix += sx;
                if (ix < 0 || ix >= nx) {
                    return;
                }
                tx = crossing(ix, sx, xmin, dx, r.ox(), r.ux());
            } else if (tn == ty) {
                iy += sy;
                if (iy < 0 || iy >= ny) {
                    return;
                }
                ty = crossing(iy, sy, ymin, dy, r.oy(), r.uy());
            } else {
                iz += sz;
                if (iz < 0 || iz >= nz) {
                    return;
                }
                tz = crossing(iz, sz, zmin, dz, r.oz(), uz);
            }
        }
    }

    /** Voxel index of an entry coordinate; the clamp absorbs rounding on the grid's bounding planes. */
    private static int entryIndex(double p, double min, double d, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.floor((p - min) / d)));
    }

    /** Ray parameter of the next plane crossed along one axis, α = (x_plane − x₀)/u (Jacobs et al. eq. 4). */
    private static double crossing(int i, int step, double min, double d, double o, double u) {
        if (step == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double plane = min + (step > 0 ? i + 1 : i) * d;
        return (plane - o) / u;
    }

    @Override
    public void composition(double x, double y, double z, double[] out) {
        Arrays.fill(out, 0, tissues.size(), 0.0);
        int i = (int) Math.floor((x - xmin) / grid.dx());
        int j = (int) Math.floor((y - ymin) / grid.dy());
        int k = grid.nz() > 1 ? (int) Math.floor((z - zmin) / grid.dz()) : 0;
        if (i < 0 || j < 0 || k < 0 || i >= grid.nx() || j >= grid.ny() || k >= grid.nz()) {
            return;
        }
        int label = labels[grid.index(i, j, k)];
        if (label != 0) {
            out[tissueOfLabel[label]] = weightOfLabel[label];
        }
    }

    /** Half-diagonal of the grid [m] (in-plane for a 2-D grid). */
    @Override
    public double radius() {
        double hx = grid.nx() * grid.dx() / 2, hy = grid.ny() * grid.dy() / 2;
        double hz = grid.nz() > 1 ? grid.nz() * grid.dz() / 2 : 0;
        return Math.sqrt(hx * hx + hy * hy + hz * hz);
    }
}
