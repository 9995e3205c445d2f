package org.modalis.mri;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.physics.Rng;
import org.modalis.pipeline.Progress;

/**
 * Cartesian k-space of each coil of a {@link CoilArray}, still analytic: coil c sees
 * <pre>S_c(k) = e^(−2πif₀τ) · Σ_g e^(−2πi·Δf_g·τ) · Σ_m c_{c,m} · G_g(k − k_m) + n_c</pre>
 * with G_g(k) = Σ_{t in g} s_t·C_t(k) the signal-weighted spectrum of the tissues that share the resonance
 * offset Δf_g (water-like tissues, fat). The coil modes k_m are multiples of 1/L with L = 2·FOV, so every
 * G_g(k − k_m) lies on a Cartesian grid of step Δk_p/2 along phase and Δk_r (2× oversampled readout) along
 * readout; that grid is evaluated once (≈ twice the points of a single-coil scan) and shared by all coils.
 * Noise: independent complex Gaussian per coil with the σ_k of {@link SnrModel}, coil c drawn from
 * {@code rng.stream(c)}. Not modelled with coils: motion and field-error gradients (their k-space is no
 * longer a shift of one grid); a field offset f₀ is.
 */
public final class MultiCoilAcquisition {

    private MultiCoilAcquisition() {
    }

    /** The periods (L_x, L_y) [m] the coil series must use for this protocol: twice the FOV along each axis. */
    public static double[] periods(MrProtocol p) {
        boolean ap = p.phaseDirection() == PhaseDirection.AP;
        return ap ? new double[] {2 * p.fovRead(), 2 * p.fovPhase()} : new double[] {2 * p.fovPhase(), 2 * p.fovRead()};
    }

    public static List<KSpace> acquire(AnalyticPhantom phantom, MrScanner scanner, MrProtocol protocol, ShimField shim,
                                       CoilArray coils, Rng rng, Progress progress) {
        if (protocol.readoutOversampling() != 2) {
            throw new IllegalArgumentException("multi-coil acquisition needs 2× readout oversampling (mri.oversampling: 2)");
        }
        if (protocol.motion() != null || shim.gxHzPerM() != 0 || shim.gyHzPerM() != 0) {
            throw new IllegalArgumentException("multi-coil acquisition does not model motion or field-error gradients");
        }
        if (protocol.sequence() == PulseSequence.FSE) {
            throw new IllegalArgumentException("fse is modelled with the body coil only (mri.coils.count: 1): the coil"
                    + " k-space shares one signal weighting for all lines, an echo train needs one per band");
        }
        int order = coils.coils().stream().mapToInt(CoilSensitivity::order).max().orElse(0);
        TissueSignals signals = TissueSignals.of(phantom.tissues(), scanner, protocol);
        double[] groups = Arrays.stream(signals.offsetHz()).distinct().sorted().toArray();
        ExtendedGrid grid = ExtendedGrid.evaluate(phantom, signals, groups, protocol, order, progress);
        List<KSpace> out = new ArrayList<>();
        double sigma = protocol.noise() ? SnrModel.kspaceSigma(scanner, protocol) : 0;
        for (int c = 0; c < coils.size(); c++) {
            KSpace k = coilKSpace(grid, coils.coils().get(c), groups, protocol, shim);
            if (sigma > 0) {
                Rng stream = rng.stream(c);
                float[] d = k.data();
                for (int i = k.offset(protocol.firstPhaseLine(), 0); i < d.length; i++) {
                    d[i] += (float) (sigma * stream.gaussian());
                }
            }
            out.add(k);
        }
        return out;
    }

    private static KSpace coilKSpace(ExtendedGrid g, CoilSensitivity coil, double[] groups, MrProtocol p, ShimField shim) {
        int np = p.matrixPhase(), nr = p.acquiredRead(), w = 2 * coil.order() + 1;
        KSpace k = new KSpace(np, nr, 1.0 / p.fovPhase(), 1.0 / (p.fovRead() * 2), new float[2 * np * nr]);
        boolean ap = p.phaseDirection() == PhaseDirection.AP;
        double timePerK = p.pixelRead() / p.bandwidthPerPixelHz();
        IntStream.range(p.firstPhaseLine(), np).parallel().forEach(line -> {
            for (int r = 0; r < nr; r++) {
                double tau = k.kRead(r) * timePerK, sr = 0, si = 0;
                for (int gi = 0; gi < groups.length; gi++) {
                    double ar = 0, ai = 0;
                    for (int my = -coil.order(); my <= coil.order(); my++) {
                        for (int mx = -coil.order(); mx <= coil.order(); mx++) {
                            int idx = (my + coil.order()) * w + (mx + coil.order());
                            int mp = ap ? my : mx, mr = ap ? mx : my;
                            int o = g.offset(gi, 2 * (line - np / 2) - mp, r - nr / 2 - mr);
                            double gr = g.values[o], gm = g.values[o + 1], cr = coil.re()[idx], cm = coil.im()[idx];
                            ar += cr * gr - cm * gm;
                            ai += cr * gm + cm * gr;
                        }
                    }
                    double ph = -2 * Math.PI * (groups[gi] + shim.offsetHz()) * tau, c = Math.cos(ph), s = Math.sin(ph);
                    sr += ar * c - ai * s;
                    si += ar * s + ai * c;
                }
                int o = k.offset(line, r);
                k.data()[o] = (float) sr;
                k.data()[o + 1] = (float) si;
            }
        });
        return k;
    }

    /** G_g on the grid k_phase = j_p·Δk_p/2, k_read = j_r·Δk_r, with the margins the coil modes need. */
    private static final class ExtendedGrid {
        final int p0;
        final int r0;
        final int rows;
        final int cols;
        final double[] values;   // (group, row, col, re/im)

        private ExtendedGrid(int p0, int r0, int rows, int cols, int groups) {
            this.p0 = p0;
            this.r0 = r0;
            this.rows = rows;
            this.cols = cols;
            this.values = new double[2 * groups * rows * cols];
        }

        int offset(int group, int jp, int jr) {
            return 2 * ((group * rows + (jp - p0)) * cols + (jr - r0));
        }

        static ExtendedGrid evaluate(AnalyticPhantom phantom, TissueSignals signals, double[] groups, MrProtocol p, int order,
                                     Progress progress) {
            int np = p.matrixPhase(), nr = p.acquiredRead();
            ExtendedGrid g = new ExtendedGrid(-np - order, -nr / 2 - order, 2 * np + 2 * order, nr + 2 * order, groups.length);
            double hp = 0.5 / p.fovPhase(), hr = 1.0 / (2 * p.fovRead());
            // Row i is k_p = (i + p0)·hp = (i − rows/2)·hp, column j is k_r = (j + r0)·hr = (j − cols/2)·hr: a centred lattice.
            KLattice lattice = KLattice.centred(g.rows, g.cols, hp, hr, p.phaseDirection(), ShimField.NONE, 0);
            TissueSpectra c = TissueSpectra.evaluate(SlabSpectrum.of(phantom, p, lattice), lattice, progress);
            for (int t = 0; t < signals.signal().length; t++) {
                int gi = Arrays.binarySearch(groups, signals.offsetHz()[t]);   // groups are sorted
                double w = signals.signal()[t];
                float[] d = c.data()[t];
                int base = 2 * gi * g.rows * g.cols;
                for (int i = 0; i < d.length; i++) {
                    g.values[base + i] += w * d[i];
                }
            }
            return g;
        }
    }
}
