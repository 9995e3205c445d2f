package org.modalis.mri;

import java.util.List;
import java.util.stream.IntStream;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.physics.Rng;
import org.modalis.pipeline.Progress;
import org.modalis.tissue.Tissue;

/**
 * Samples the analytic k-space of one slice along the spokes of a {@link RadialTrajectory} (no inverse
 * crime: the exact Fourier transform of the shapes at each non-Cartesian point, {@link TissueSpectra}).
 * Each spoke is a readout: sample i is taken τ = r_i·Δx/BW_pixel from the echo (r_i its signed radius), so
 * fat shifts by Δf/BW_pixel pixels along every spoke's own direction and blurs into a ring instead of moving.
 * Noise per sample is complex Gaussian with the σ of a Cartesian sample of the same receiver bandwidth, slice
 * and NEX ({@link SnrModel#kspaceSigma}: σ_k ∝ √BW_total/(NEX^½·Δz) does not depend on the number of lines),
 * drawn from the seeded {@link Rng} in sample order after the deterministic signal. No motion model for radial,
 * so the object is static and real: half of each spoke is the conjugate mirror of the other half
 * ({@link TissueSpectra}, evaluated once per geometry and weighted by the tissue signals afterwards).
 */
public final class RadialAcquisition {

    private RadialAcquisition() {
    }

    /**
     * @param protocol   FOV (fov_read, square), matrix (matrix_read), slice, sequence timing, BW, NEX, noise
     * @param trajectory the spokes (its Δk should be 1/(oversampling·FOV))
     */
    public static RadialKSpace acquire(AnalyticPhantom phantom, MrScanner scanner, MrProtocol protocol,
                                       RadialTrajectory trajectory, ShimField shim, Rng rng, Progress progress) {
        return acquire(spectra(phantom, protocol, trajectory, shim, progress), phantom.tissues(), scanner, protocol,
                trajectory, shim, rng);
    }

    /** The per-tissue slab spectra along the spokes (all that does not depend on the tissue signals). */
    public static TissueSpectra spectra(AnalyticPhantom phantom, MrProtocol protocol, RadialTrajectory trajectory,
                                        ShimField shim, Progress progress) {
        KLattice lattice = KLattice.radial(trajectory, protocol, shim);
        return TissueSpectra.evaluate(SlabSpectrum.of(phantom, protocol, lattice), lattice, progress);
    }

    /** The spokes from precomputed {@link #spectra}: Σ_t s_t·C_t·e^(−2πi(Δf_t + f₀)τ) + noise. */
    public static RadialKSpace acquire(TissueSpectra spectra, List<Tissue> tissues, MrScanner scanner, MrProtocol protocol,
                                       RadialTrajectory trajectory, ShimField shim, Rng rng) {
        if (protocol.sequence() == PulseSequence.FSE) {
            throw new IllegalArgumentException("fse is modelled for Cartesian sampling only (mri.trajectory: cartesian):"
                    + " a radial echo train's view ordering is not modelled");
        }
        TissueSignals signals = TissueSignals.of(tissues, scanner, protocol);
        int ns = trajectory.samples();
        if (spectra.rows() != trajectory.spokes() || spectra.cols() != ns || spectra.tissues() != tissues.size()) {
            throw new IllegalArgumentException("spectra of " + spectra.rows() + " × " + spectra.cols() + " do not fit "
                    + trajectory.spokes() + " spokes × " + ns + " samples");
        }
        float[] data = new float[2 * trajectory.spokes() * ns];
        double[][] phasors = ResonancePhasors.of(signals, shim, spectra, trajectory.dk(), protocol);
        IntStream.range(0, trajectory.spokes()).parallel().forEach(s -> {
            double[] row = ResonancePhasors.weightedRow(spectra, signals.signal(), phasors, s);
            for (int i = 0; i < 2 * ns; i++) {
                data[2 * s * ns + i] = (float) row[i];
            }
        });
        if (protocol.noise()) {
            double sigma = SnrModel.kspaceSigma(scanner, protocol);
            for (int i = 0; i < data.length; i++) {
                data[i] += (float) (sigma * rng.gaussian());
            }
        }
        return new RadialKSpace(trajectory, data);
    }

    /** The spokes a protocol asks for: Δk = 1/(oversampling·FOV_read), samples = matrix_read·oversampling. */
    public static RadialTrajectory trajectory(MrProtocol protocol, int spokes, boolean golden) {
        return new RadialTrajectory(spokes, protocol.acquiredRead(), 1.0 / (protocol.fovRead() * protocol.readoutOversampling()), golden);
    }

    /** Scan time [s]: TR × spokes × NEX. */
    public static double scanTime(MrProtocol protocol, RadialTrajectory trajectory) {
        return protocol.tr() * trajectory.spokes() * protocol.nex();
    }
}
