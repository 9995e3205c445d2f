package org.modalis.phantom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.modalis.image.Grid;
import org.modalis.tissue.Tissue;

/**
 * Samples any {@link Phantom} onto a {@link Grid} with s × s (× s) sub-samples per voxel, which models
 * partial volume: the sub-samples sit at the centres of an s-fold finer grid inside each voxel (the
 * midpoint rule), so a voxel cut by an edge gets the covered fraction up to O(1/s) per boundary voxel.
 * On a 2-D grid ({@code nz == 1}) the samples lie in the plane z = 0 (no sub-sampling across the slice).
 * Rows (j, k) run in parallel.
 */
public final class Voxelizer {

    private Voxelizer() {
    }

    /**
     * The average over each voxel's sub-samples of Σ_t c_t·value_t, with c the phantom's composition
     * (e.g. value_t = μ_t(E) [1/m] for a μ map).
     *
     * @param supersample sub-samples per axis, s ≥ 1
     * @param perTissueValue one value per entry of {@code phantom.tissues()}
     */
    public static float[] rasterize(Phantom phantom, Grid grid, int supersample, double[] perTissueValue) {
        if (supersample < 1) {
            throw new IllegalArgumentException("supersample must be ≥ 1 (sub-samples per axis), got " + supersample);
        }
        if (perTissueValue.length != phantom.tissues().size()) {
            throw new IllegalArgumentException("need one value per tissue: " + phantom.tissues().size()
                    + ", got " + perTissueValue.length);
        }
        float[] out = new float[(int) grid.size()];
        SubSamples sub = new SubSamples(grid, supersample);
        IntStream.range(0, grid.ny() * grid.nz()).parallel().forEach(row -> {
            double[] c = new double[perTissueValue.length];
            int j = row % grid.ny(), k = row / grid.ny();
            for (int i = 0; i < grid.nx(); i++) {
                double sum = 0;
                for (int q = 0; q < sub.count(); q++) {
                    phantom.composition(sub.x(i, q), sub.y(j, q), sub.z(k, q), c);
                    for (int t = 0; t < c.length; t++) {
                        sum += c[t] * perTissueValue[t];
                    }
                }
                out[grid.index(i, j, k)] = (float) (sum / sub.count());
            }
        });
        return out;
    }

    /**
     * A voxel phantom whose labels are, voxel by voxel, the majority material among the sub-samples. A
     * material is the dominant tissue at a point with its coefficient (so a 1.005 × water disc and the
     * 1.0 × water around it get different labels); points where no coefficient is positive are label 0.
     * Labels are numbered in a deterministic order (tissue index, then weight).
     */
    public static VoxelPhantom voxelPhantom(Phantom phantom, Grid grid, int supersample) {
        if (supersample < 1) {
            throw new IllegalArgumentException("supersample must be ≥ 1 (sub-samples per axis), got " + supersample);
        }
        Map<Material, Integer> provisional = new ConcurrentHashMap<>();
        AtomicInteger nextLabel = new AtomicInteger(1);
        short[] labels = new short[(int) grid.size()];
        SubSamples sub = new SubSamples(grid, supersample);
        int nt = phantom.tissues().size();
        IntStream.range(0, grid.ny() * grid.nz()).parallel().forEach(row -> {
            double[] c = new double[nt];
            Material[] votes = new Material[sub.count()];
            int j = row % grid.ny(), k = row / grid.ny();
            for (int i = 0; i < grid.nx(); i++) {
                for (int q = 0; q < sub.count(); q++) {
                    phantom.composition(sub.x(i, q), sub.y(j, q), sub.z(k, q), c);
                    votes[q] = Material.dominant(c);
                }
                Material winner = Material.majority(votes);
                labels[grid.index(i, j, k)] = winner == null ? 0
                        : (short) (int) provisional.computeIfAbsent(winner, m -> nextLabel.getAndIncrement());
            }
        });
        return relabel(phantom, grid, labels, provisional);
    }

    /** Renumbers the labels in (tissue, weight) order so the result does not depend on thread timing. */
    private static VoxelPhantom relabel(Phantom phantom, Grid grid, short[] labels, Map<Material, Integer> provisional) {
        List<Material> sorted = new ArrayList<>(provisional.keySet());
        sorted.sort(Comparator.comparingInt(Material::tissue).thenComparingDouble(Material::weight));
        if (sorted.size() > Short.MAX_VALUE) {
            throw new IllegalStateException("more than " + Short.MAX_VALUE + " distinct materials");
        }
        short[] map = new short[sorted.size() + 1];
        List<Tissue> tissues = new ArrayList<>();
        double[] weights = new double[sorted.size()];
        for (int l = 0; l < sorted.size(); l++) {
            Material m = sorted.get(l);
            map[provisional.get(m)] = (short) (l + 1);
            tissues.add(phantom.tissues().get(m.tissue()));
            weights[l] = m.weight();
        }
        for (int v = 0; v < labels.length; v++) {
            labels[v] = map[labels[v]];
        }
        return new VoxelPhantom(phantom.name(), grid, labels, tissues, weights);
    }

    /** A tissue index with its coefficient. */
    private record Material(int tissue, double weight) {

        static Material dominant(double[] c) {
            int best = -1;
            for (int t = 0; t < c.length; t++) {
                if (c[t] > 0 && (best < 0 || c[t] > c[best])) {
                    best = t;
                }
            }
            return best < 0 ? null : new Material(best, c[best]);
        }

        /** The most frequent entry (null = nothing counts as a candidate); ties go to the first seen. */
        static Material majority(Material[] votes) {
            Material best = null;
            int bestCount = 0;
            for (int a = 0; a < votes.length; a++) {
                int count = 0;
                for (int b = 0; b < votes.length; b++) {
                    count += java.util.Objects.equals(votes[a], votes[b]) ? 1 : 0;
                }
                if (count > bestCount) {
                    best = votes[a];
                    bestCount = count;
                }
            }
            return best;
        }
    }

    /** Positions of the s-fold sub-samples of a voxel (centres of the finer grid). */
    private record SubSamples(Grid grid, int s) {

        int count() {
            return grid.is2d() ? s * s : s * s * s;
        }

        double x(int i, int q) {
            return grid.x(i) + offset(q % s) * grid.dx();
        }

        double y(int j, int q) {
            return grid.y(j) + offset((q / s) % s) * grid.dy();
        }

        double z(int k, int q) {
            return grid.is2d() ? 0 : grid.z(k) + offset(q / (s * s)) * grid.dz();
        }

        private double offset(int a) {
            return (a + 0.5) / s - 0.5;
        }
    }
}
