package org.modalis.mri;

import java.util.stream.IntStream;
import org.modalis.pipeline.Progress;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.SliceSpectrum;
import org.modalis.physics.Rng;

/**
 * Samples the k-space of one slice from the analytic spectra of the phantom's tissues (no inverse crime):
 * <pre>S(k) = Σ_t s_t · C_t(k) · e^(−2πi·Δf_t·τ(k_r)) · (1/NEX) Σ_n e^(−2πi·k·d(t_{p,n})) + noise</pre>
 * with s_t the tissue signal (signal equation), C_t the 2-D spectrum of tissue t in the plane z = slice
 * position ({@link SliceSpectrum}), Δf_t its chemical-shift offset and τ = k_r·Δx_r / BW_pixel the time of
 * the readout sample relative to the echo: an off-resonant spin then appears displaced along readout by
 * Δf/BW_pixel pixels, the chemical-shift artifact. Periodic motion d(t) enters as the phase ramp of a
 * translation on each line, at the times t_{p,n} = (p·NEX + n)·TR of its NEX repetitions (lines in linear
 * order from the first acquired line, averages innermost). With partial Fourier the lines before
 * {@link MrProtocol#firstPhaseLine()} are not acquired and stay zero. Noise is complex Gaussian, σ per channel from {@link SnrModel}, drawn from the
 * seeded {@link Rng} in sample order after the deterministic signal.
 *
 * <p>The slice is a rectangular slab: for 3-D phantoms C_t is averaged over {@link SlabPlanes} planes across
 * the slice thickness (midpoint rule), which gives through-slice partial volume; 2-D (prism) phantoms need
 * one plane. Limits: no T2* decay during the readout; the slice profile and B1 are ideal.
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
        SliceSpectrum[] spectra = SlabPlanes.spectra(phantom, protocol);
        TissueSignals signals = TissueSignals.of(phantom.tissues(), scanner, protocol);
        int np = protocol.matrixPhase(), nr = protocol.acquiredRead();
        KSpace k = new KSpace(np, nr, 1.0 / protocol.fovPhase(), 1.0 / (protocol.fovRead() * protocol.readoutOversampling()),
                new float[2 * np * nr]);
        int first = protocol.firstPhaseLine();   // partial Fourier: lines before it stay zero (not acquired)
        // Without motion the object is real and static, so S(−k) = S(k)* (the chemical-shift and field-error
        // phases are odd in τ ∝ k_r too): the lines below the centre are mirrored from those above, halving the
        // analytic evaluations. Column 0 (k_r = −N_r/2·Δk_r) has no partner and is evaluated.
        boolean hermitian = protocol.motion() == null;
        progress.start("acquire", np - first);
        IntStream.range(first, np).parallel().forEach(p -> {
            boolean mirrored = hermitian && p > 0 && p < np / 2;
            sampleLine(spectra, signals, shim, protocol, k, p, mirrored ? 1 : nr);
            progress.advance(1);
        });
        progress.finish();
        if (hermitian) {
            mirror(k, Math.max(first, 1));
        }
        if (protocol.noise()) {
            double sigma = SnrModel.kspaceSigma(scanner, protocol);
            float[] d = k.data();
            for (int i = k.offset(first, 0); i < d.length; i++) {
                d[i] += (float) (sigma * rng.gaussian());
            }
        }
        return k;
    }

    /** S(p, r) = S(N_p − p, N_r − r)* for lines from {@code from} to the centre (exclusive), columns 1 … N_r − 1. */
    private static void mirror(KSpace k, int from) {
        int np = k.phaseLines(), nr = k.readSamples();
        float[] d = k.data();
        for (int p = from; p < np / 2; p++) {
            for (int r = 1; r < nr; r++) {
                int o = k.offset(p, r), m = k.offset(np - p, nr - r);
                d[o] = d[m];
                d[o + 1] = -d[m + 1];
            }
        }
    }

    /** Samples columns 0 … columns − 1 of line p. */
    private static void sampleLine(SliceSpectrum[] spectra, TissueSignals signals, ShimField shim, MrProtocol protocol, KSpace k,
                                   int p, int columns) {
        AnalyticSignalSpectrum signal = new AnalyticSignalSpectrum(spectra, signals, shim);
        double[] sample = new double[2];
        double kp = k.kPhase(p);
        boolean phaseAlongY = protocol.phaseDirection() == PhaseDirection.AP;
        double readoutTimePerK = protocol.pixelRead() / protocol.bandwidthPerPixelHz();
        float[] out = k.data();
        for (int r = 0; r < columns; r++) {
            double kr = k.kRead(r);
            double kx = phaseAlongY ? kr : kp, ky = phaseAlongY ? kp : kr;
            signal.sample(kx, ky, kr * readoutTimePerK, sample);
            double sr = sample[0], si = sample[1];
            double[] m = motionFactor(protocol, p, kx, ky);
            int o = k.offset(p, r);
            out[o] = (float) (sr * m[0] - si * m[1]);
            out[o + 1] = (float) (sr * m[1] + si * m[0]);
        }
    }

    /** (1/NEX)·Σ_n e^(−2πi·k·d(t_{p,n})): the translation phase of line p averaged over its repetitions. */
    private static double[] motionFactor(MrProtocol protocol, int p, double kx, double ky) {
        PeriodicMotion motion = protocol.motion();
        if (motion == null || motion.amplitude() == 0) {
            return new double[] {1, 0};
        }
        double k = motion.alongY() ? ky : kx;
        double c = 0, s = 0;
        for (int n = 0; n < protocol.nex(); n++) {
            double t = ((double) (p - protocol.firstPhaseLine()) * protocol.nex() + n) * protocol.tr();
            double phase = -2 * Math.PI * k * motion.displacement(t);
            c += Math.cos(phase);
            s += Math.sin(phase);
        }
        return new double[] {c / protocol.nex(), s / protocol.nex()};
    }
}
