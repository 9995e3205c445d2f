package org.modalis.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.modalis.image.Grid;
import org.modalis.tissue.ConstantMaterial;
import org.modalis.tissue.Tissue;

/**
 * Siddon/Jacobs ray tracing against exact chords through the same voxel sets, computed independently as the
 * sum of per-voxel {@link Box}/{@link Rectangle} chords. The rays start ~1 m away, so the crossing parameters
 * are ~1 m and each carries ~1e-16 m of rounding; a few hundred crossings stay below the 1e-12 m tolerance.
 */
class VoxelPhantomTest {

    private static final Tissue A = new Tissue("a", "", new ConstantMaterial("a", 1));
    private static final Tissue B = new Tissue("b", "", new ConstantMaterial("b", 2));
    private static final Tissue C = new Tissue("c", "", new ConstantMaterial("c", 3));
    private static final double TOL = 1e-12;

    private final double[] t = new double[2];

    private static Ray randomRay(SplittableRandom rnd, double reach, boolean inPlane) {
        double[] aim = {rnd.nextDouble(-reach, reach), rnd.nextDouble(-reach, reach), rnd.nextDouble(-reach, reach)};
        double[] u = {rnd.nextGaussian(), rnd.nextGaussian(), inPlane ? 0 : rnd.nextGaussian()};
        double n = Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
        return new Ray(aim[0] - u[0] / n, aim[1] - u[1] / n, aim[2] - u[2] / n, u[0], u[1], u[2]);
    }

    /** Expected per-label lengths: Σ over voxels with label L of the chord through that voxel's box. */
    private double[] bruteForce(Grid g, short[] labels, int count, Ray ray, double[] weights) {
        double[] out = new double[count];
        for (int k = 0; k < g.nz(); k++) {
            for (int j = 0; j < g.ny(); j++) {
                for (int i = 0; i < g.nx(); i++) {
                    int l = labels[g.index(i, j, k)];
                    if (l == 0) {
                        continue;
                    }
                    Shape voxel = g.is2d() ? new Rectangle(g.x(i), g.y(j), g.dx(), g.dy(), 0)
                            : new Box(Pose.aboutZ(g.x(i), g.y(j), g.z(k), 0), g.dx(), g.dy(), g.dz());
                    if (voxel.intersect(ray, t)) {
                        out[l - 1] += (t[1] - t[0]) * weights[l - 1];
                    }
                }
            }
        }
        return out;
    }

    @Test
    void twoDimensionalDiscAndRingMatchVoxelChords() {
        Grid g = new Grid(40, 32, 1, 1e-3, 1.25e-3, 5e-3);
        short[] labels = new short[(int) g.size()];
        for (int j = 0; j < g.ny(); j++) {
            for (int i = 0; i < g.nx(); i++) {
                double r = Math.hypot(g.x(i), g.y(j));
                labels[g.index(i, j, 0)] = (short) (r < 0.008 ? 1 : r < 0.014 ? 2 : 0);
            }
        }
        double[] w = {1.0, 0.5};
        VoxelPhantom p = new VoxelPhantom("disc", g, labels, List.of(A, B), w);
        SplittableRandom rnd = new SplittableRandom(1);
        for (int k = 0; k < 200; k++) {
            Ray ray = randomRay(rnd, 0.015, k % 2 == 0);
            double[] got = new double[2];
            p.pathLengths(ray, got);
            double[] expected = bruteForce(g, labels, 2, ray, w);
            assertEquals(expected[0], got[0], TOL);
            assertEquals(expected[1], got[1], TOL);
        }
    }

    @Test
    void threeDimensionalRandomLabelsMatchVoxelChords() {
        Grid g = new Grid(12, 10, 8, 2e-3, 1.5e-3, 2.5e-3);
        SplittableRandom rnd = new SplittableRandom(2);
        short[] labels = new short[(int) g.size()];
        for (int v = 0; v < labels.length; v++) {
            labels[v] = (short) rnd.nextInt(4);
        }
        double[] w = {1, 1, 2};
        VoxelPhantom p = new VoxelPhantom("random", g, labels, List.of(A, B, C), w);
        for (int k = 0; k < 200; k++) {
            Ray ray = randomRay(rnd, 0.012, false);
            double[] got = new double[3];
            p.pathLengths(ray, got);
            double[] expected = bruteForce(g, labels, 3, ray, w);
            for (int q = 0; q < 3; q++) {
                assertEquals(expected[q], got[q], TOL);
            }
        }
    }

    /**
     * A full grid: the total equals the geometric chord of the grid's bounding box, also for the degenerate
     * rays along grid lines and through voxel corners, where two axes cross a plane at the same parameter.
     */
    @Test
    void totalLengthIsTheBoundingBoxChord() {
        Grid g = new Grid(16, 16, 16, 1e-3, 1e-3, 1e-3);
        short[] labels = new short[(int) g.size()];
        java.util.Arrays.fill(labels, (short) 1);
        VoxelPhantom p = new VoxelPhantom("full", g, labels, List.of(A), new double[] {1});
        Box bounds = new Box(Pose.aboutZ(0, 0, 0, 0), 0.016, 0.016, 0.016);
        SplittableRandom rnd = new SplittableRandom(4);
        List<Ray> rays = new java.util.ArrayList<>(List.of(new Ray(-1, 0.002, 0.003, 1, 0, 0),
                new Ray(-1, -1, -1, 1, 1, 1), new Ray(-1, -1, 0, 1, 1, 0), new Ray(0.001, 0.002, -1, 0, 0, 1),
                new Ray(-0.008, -0.008, -0.008, 1, 1, 1)));
        for (int k = 0; k < 200; k++) {
            rays.add(randomRay(rnd, 0.01, false));
        }
        for (Ray ray : rays) {
            double[] got = new double[1];
            p.pathLengths(ray, got);
            double expected = bounds.intersect(ray, t) ? t[1] - t[0] : 0;
            assertEquals(expected, got[0], TOL, ray.toString());
        }
    }

    @Test
    void compositionIsTheVoxelsTissueAndLabelZeroIsNothing() {
        Grid g = new Grid(2, 1, 1, 1e-3, 1e-3, 1e-3);
        VoxelPhantom p = new VoxelPhantom("two", g, new short[] {0, 1}, List.of(B), new double[] {1.5});
        double[] c = new double[1];
        p.composition(0.0005, 0, 0.3, c);
        assertEquals(1.5, c[0]);
        p.composition(-0.0005, 0, 0, c);
        assertEquals(0, c[0]);
        p.composition(0.0015, 0, 0, c);
        assertEquals(0, c[0], "outside the grid");
        assertThrows(IllegalArgumentException.class,
                () -> new VoxelPhantom("bad", g, new short[] {0, 2}, List.of(B), new double[] {1}));
        assertTrue(p.radius() > 0);
    }
}
