package org.modalis.mri;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Box;
import org.modalis.phantom.Ellipse;
import org.modalis.phantom.Ellipsoid;
import org.modalis.phantom.Pose;
import org.modalis.phantom.Rectangle;
import org.modalis.phantom.Region;
import org.modalis.pipeline.Progress;

/**
 * The batched lattice evaluation (jinc table, phasor recurrence, Hermitian mirror) against the direct per-point
 * transform of the same slab (rational J₁ and cos/sin per section and point).
 */
class TissueSpectraTest {

    /** A 3-D phantom: a tilted ellipsoid head, a REPLACE ellipsoid inside, a z-box and a sphere of the second tissue. */
    private static AnalyticPhantom phantom3d() {
        return new AnalyticPhantom("mixed", List.of(
                Region.of(new Ellipsoid(Pose.euler(0.003, -0.004, 0.001, 0.3, 0.2, 0.1), 0.08, 0.09, 0.07), MriFixtures.WATER),
                Region.of(new Ellipsoid(Pose.aboutZ(0.01, 0.02, 0.002, 0.4), 0.02, 0.015, 0.012), MriFixtures.FAT),
                Region.of(new Box(Pose.aboutZ(-0.03, -0.02, 0.0, 0.3), 0.02, 0.01, 0.006), MriFixtures.FAT),
                Region.of(new Ellipsoid(Pose.aboutZ(-0.02, 0.03, 0.004, 0), 0.003, 0.003, 0.003), MriFixtures.FAT)));
    }

    @Test
    void cartesianLatticeWithFieldGradientMatchesDirectEvaluation() {
        MrProtocol ap = MriFixtures.spinEcho(64, false);
        MrProtocol lr = new MrProtocol(PulseSequence.SE, 2.0, 0.02, 0, 90, 0.24, 0.2, 64, 48, 0.008, 0.002, 1, 130,
                PhaseDirection.LR, 2, false, null);
        ShimField shim = new ShimField(30, 4000, -2500);
        assertLatticeMatchesDirect(phantom3d(), KLattice.cartesian(ap, shim), ap);
        assertLatticeMatchesDirect(phantom3d(), KLattice.cartesian(lr, ShimField.NONE), lr);
    }

    @Test
    void radialSpokesMatchDirectEvaluation() {
        MrProtocol p = MriFixtures.spinEcho(64, false);
        var twoD = new AnalyticPhantom("flat", List.of(Region.of(new Ellipse(0.01, 0, 0.08, 0.06, 0.3), MriFixtures.WATER),
                Region.of(new Rectangle(0.02, 0.01, 0.03, 0.02, 0.7), MriFixtures.FAT)));
        RadialTrajectory t = new RadialTrajectory(37, 128, 1.0 / (2 * 0.24), true);
        assertLatticeMatchesDirect(twoD, KLattice.radial(t, p, new ShimField(0, 0, 3000)), p);
        assertLatticeMatchesDirect(phantom3d(), KLattice.radial(t, p, ShimField.NONE), p);
    }

    private static void assertLatticeMatchesDirect(AnalyticPhantom phantom, KLattice l, MrProtocol p) {
        SlabSpectrum slab = SlabSpectrum.of(phantom, p, l);
        TissueSpectra c = TissueSpectra.evaluate(slab, l, Progress.NONE);
        int nt = slab.tissueCount();
        double[] re = new double[nt], im = new double[nt], peak = slab.zeroFrequency();
        double max = 0;
        for (int i = 0; i < l.rows(); i++) {
            for (int j = 0; j < l.cols(); j++) {
                double u = l.u(j);
                slab.transform(l.k0x()[i] + u * l.ex()[i], l.k0y()[i] + u * l.ey()[i], re, im);
                for (int t = 0; t < nt; t++) {
                    int o = 2 * (i * l.cols() + j);
                    max = Math.max(max, Math.hypot(c.data()[t][o] - re[t], c.data()[t][o + 1] - im[t]) / Math.abs(peak[0]));
                }
            }
        }
        // Table error ≤ 2e-8 of π per section (JincTable), float storage 6e-8 of |C|, the phasor recurrence 1e-14:
        // 3e-7 of the largest tissue's C(0) bounds the sum over a few sections.
        assertTrue(max < 3e-7, "max error / C(0) " + max);
    }

    @Test
    void resultDoesNotDependOnTheThreadCount() throws Exception {
        MrProtocol p = MriFixtures.spinEcho(32, false);
        KLattice l = KLattice.cartesian(p, ShimField.NONE);
        SlabSpectrum slab = SlabSpectrum.of(phantom3d(), p, l);
        float[] parallel = TissueSpectra.evaluate(slab, l, Progress.NONE).data()[0];
        float[] single = new java.util.concurrent.ForkJoinPool(1).submit(
                () -> TissueSpectra.evaluate(slab, l, Progress.NONE).data()[0]).get();
        assertArrayEquals(single, parallel);
    }
}
