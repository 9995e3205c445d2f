package org.modalis.mri;

import java.util.List;
import java.util.stream.IntStream;
import org.modalis.pipeline.Progress;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.physics.Rng;
import org.modalis.tissue.Tissue;

/**
 * Samples the k-space of one slice from the analytic spectra of the phantom's tissues (no inverse crime):
 * <pre>S(k) = Σ_t s_t · C_t(k) · e^(−2πi·Δf_t·τ(k_r)) · (1/NEX) Σ_n e^(−2πi·k·d(t_{p,n})) + noise</pre>
 * with s_t the tissue signal (signal equation), C_t the 2-D spectrum of tissue t in the plane z = slice
 * position ({@link org.modalis.phantom.SliceSpectrum}), Δf_t its chemical-shift offset and τ = k_r·Δx_r / BW_pixel the time of
 * the readout sample relative to the echo: an off-resonant spin then appears displaced along readout by
 * Δf/BW_pixel pixels, the chemical-shift artifact. Periodic motion d(t) enters as the phase ramp of a
 * translation on each line, at the times t_{p,n} of its NEX repetitions ({@link EchoTrainOrdering#time}: (p·NEX + n)·TR
 * in linear order from the first acquired line, averages innermost; for a fast spin echo the time of the line's
 * excitation plus its echo time). For a fast spin echo s_t depends on the line: line p carries the signal of the
 * echo n(p) that acquires it ({@link TissueSignals#perEcho}), which blurs short-T2 tissue along phase (T2 blurring:
 * the image is the object convolved along phase with the transform of the line weights e^(−n(p)·ESP/T2)). With partial Fourier the lines before
 * {@link MrProtocol#firstPhaseLine()} are not acquired and stay zero. Noise is complex Gaussian, σ per channel from {@link SnrModel}, drawn from the
 * seeded {@link Rng} in sample order after the deterministic signal.
 *
 * <p>The slice is a rectangular slab: for 3-D phantoms C_t is the exact average over the slice thickness
 * ({@link SlabSpectrum}), which gives through-slice partial volume; 2-D (prism) phantoms need one plane. The
 * spectra are evaluated once per geometry on the whole lattice ({@link TissueSpectra}) and weighted by the
 * tissue signals afterwards. Limits: no T2* decay during the readout; the slice profile and B1 are ideal.
 */
public final class MrAcquisition {

    private MrAcquisition() {
    }

    public static KSpace acquire(AnalyticPhantom phantom, MrScanner scanner, MrProtocol protocol, Rng rng) {
        return acquire(phantom, scanner, protocol, rng, Progress.NONE);
    }

    /** As {@link #acquire(AnalyticPhantom, MrScanner, MrProtocol, Rng)}, telling {@code progress} each phase line. */
    public static KSpace acquire(AnalyticPhantom phantom, MrScanner scanner, MrProtocol protocol, Rng rng, Progress progress) {
        return acquire(phantom, scanner, protocol, ShimField.NONE, rng, progress);
    }

    /** As above in a magnet with the linear field error {@code shim} (off-resonance distortion). */
    public static KSpace acquire(AnalyticPhantom phantom, MrScanner scanner, MrProtocol protocol, ShimField shim, Rng rng,
                                 Progress progress) {
        return acquire(spectra(phantom, protocol, shim, progress), phantom.tissues(), scanner, protocol, shim, rng);
    }

    /**
     * The per-tissue slab spectra on the Cartesian lattice of {@code protocol} in the field {@code shim}: everything
     * of the k-space that does not depend on the tissue signals (so a TR/TE/flip edit can reuse it).
     */
    public static TissueSpectra spectra(AnalyticPhantom phantom, MrProtocol protocol, ShimField shim, Progress progress) {
        KLattice lattice = KLattice.cartesian(protocol, shim);
        return TissueSpectra.evaluate(SlabSpectrum.of(phantom, protocol, lattice), lattice, progress);
    }

    /**
     * The k-space from precomputed {@link #spectra}: S = Σ_t s_t·C_t·e^(−2πi(Δf_t + f₀)τ)·M + noise, lines in
     * parallel (each line the same arithmetic whatever the thread count), then the noise in sample order.
     */
    public static KSpace acquire(TissueSpectra spectra, List<Tissue> tissues, MrScanner scanner, MrProtocol protocol,
                                 ShimField shim, Rng rng) {
        double[][] echoSignals = TissueSignals.perEcho(tissues, scanner, protocol);
        EchoTrainOrdering ordering = EchoTrainOrdering.of(protocol);
        return acquire(spectra, tissues, scanner, protocol, shim, rng, p -> echoSignals[ordering.echo(p) - 1], ordering);
    }

    /**
     * Echo n of a multi-echo spin echo from precomputed {@link #spectra}: every line carries that echo's signals
     * ({@link TissueSignals#cpmg}), the noise drawn from {@code rng} as for a single image.
     */
    public static KSpace acquireEcho(TissueSpectra spectra, List<Tissue> tissues, MrScanner scanner, MrProtocol protocol,
                                     int echoes, int n, ShimField shim, Rng rng) {
        double[] signal = TissueSignals.cpmg(tissues, scanner, protocol, echoes)[n - 1];
        return acquire(spectra, tissues, scanner, protocol, shim, rng, p -> signal, EchoTrainOrdering.of(protocol));
    }

    private static KSpace acquire(TissueSpectra spectra, List<Tissue> tissues, MrScanner scanner, MrProtocol protocol,
                                  ShimField shim, Rng rng, java.util.function.IntFunction<double[]> lineSignals,
                                  EchoTrainOrdering ordering) {
        TissueSignals signals = TissueSignals.of(tissues, scanner, protocol);
        int np = protocol.matrixPhase(), nr = protocol.acquiredRead();
        if (spectra.rows() != np || spectra.cols() != nr || spectra.tissues() != tissues.size()) {
            throw new IllegalArgumentException("spectra of " + spectra.rows() + " × " + spectra.cols() + " for "
                    + spectra.tissues() + " tissues do not fit " + np + " × " + nr + " and " + tissues.size() + " tissues");
        }
        KSpace k = new KSpace(np, nr, 1.0 / protocol.fovPhase(), 1.0 / (protocol.fovRead() * protocol.readoutOversampling()),
                new float[2 * np * nr]);
        double[][] phasors = ResonancePhasors.of(signals, shim, spectra, k.dkRead(), protocol);
        int first = protocol.firstPhaseLine();   // partial Fourier: lines before it stay zero (not acquired)
        IntStream.range(first, np).parallel().forEach(p -> combineLine(spectra, lineSignals.apply(p), phasors, protocol,
                ordering, k, p));
        if (protocol.noise()) {
            double sigma = SnrModel.kspaceSigma(scanner, protocol);
            float[] d = k.data();
            for (int i = k.offset(first, 0); i < d.length; i++) {
                d[i] += (float) (sigma * rng.gaussian());
            }
        }
        return k;
    }

    /** Line p: Σ_t s_t·C_t·phasor_t(column) with the signals s_t of the line's echo, times the line's motion factor. */
    private static void combineLine(TissueSpectra spectra, double[] signal, double[][] phasors, MrProtocol protocol,
                                    EchoTrainOrdering ordering, KSpace k, int p) {
        int nr = k.readSamples();
        double[] sum = ResonancePhasors.weightedRow(spectra, signal, phasors, p);
        boolean phaseAlongY = protocol.phaseDirection() == PhaseDirection.AP;
        double kp = k.kPhase(p);
        float[] out = k.data();
        for (int r = 0; r < nr; r++) {
            double sr = sum[2 * r], si = sum[2 * r + 1];
            int o = k.offset(p, r);
            if (protocol.motion() == null) {
                out[o] = (float) sr;
                out[o + 1] = (float) si;
                continue;
            }
            double kr = k.kRead(r);
            double[] m = motionFactor(protocol, ordering, p, phaseAlongY ? kr : kp, phaseAlongY ? kp : kr);
            out[o] = (float) (sr * m[0] - si * m[1]);
            out[o + 1] = (float) (sr * m[1] + si * m[0]);
        }
    }

    /** (1/NEX)·Σ_n e^(−2πi·k·d(t_{p,n})): the translation phase of line p averaged over its repetitions. */
    private static double[] motionFactor(MrProtocol protocol, EchoTrainOrdering ordering, int p, double kx, double ky) {
        PeriodicMotion motion = protocol.motion();
        if (motion == null || motion.amplitude() == 0) {
            return new double[] {1, 0};
        }
        double k = motion.alongY() ? ky : kx;
        double c = 0, s = 0;
        for (int n = 0; n < protocol.nex(); n++) {
            double t = ordering.time(p, n);
            double phase = -2 * Math.PI * k * motion.displacement(t);
            c += Math.cos(phase);
            s += Math.sin(phase);
        }
        return new double[] {c / protocol.nex(), s / protocol.nex()};
    }
}
