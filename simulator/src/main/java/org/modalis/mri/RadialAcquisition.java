package org.modalis.mri;

import java.util.stream.IntStream;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.physics.Rng;
import org.modalis.pipeline.Progress;

/**
 * Samples the analytic k-space of one slice along the spokes of a {@link RadialTrajectory} (no inverse
 * crime: the exact Fourier transform of the shapes at each non-Cartesian point, {@link AnalyticSignalSpectrum}).
 * Each spoke is a readout: sample i is taken τ = r_i·Δx/BW_pixel from the echo (r_i its signed radius), so
 * fat shifts by Δf/BW_pixel pixels along every spoke's own direction and blurs into a ring instead of moving.
 * Noise per sample is complex Gaussian with the σ of a Cartesian sample of the same receiver bandwidth, slice
 * and NEX ({@link SnrModel#kspaceSigma}: σ_k ∝ √BW_total/(NEX^½·Δz) does not depend on the number of lines),
 * drawn from the seeded {@link Rng} in sample order after the deterministic signal. No motion model for radial,
 * so the object is static and real: the inner half of each spoke is the conjugate mirror of the outer half.
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
        var spectra = SlabPlanes.spectra(phantom, protocol);
        TissueSignals signals = TissueSignals.of(phantom.tissues(), scanner, protocol);
        int ns = trajectory.samples();
        float[] data = new float[2 * trajectory.spokes() * ns];
        double timePerK = protocol.pixelRead() / protocol.bandwidthPerPixelHz();
        progress.start("acquire", trajectory.spokes());
        IntStream.range(0, trajectory.spokes()).parallel().forEach(s -> {
            AnalyticSignalSpectrum signal = new AnalyticSignalSpectrum(spectra, signals, shim);
            double[] v = new double[2];
            double c = Math.cos(trajectory.angle(s)), sn = Math.sin(trajectory.angle(s));
            for (int i = 0; i < ns; i++) {
                if (i > 0 && i < ns / 2) {
                    continue;   // mirrored below: S(−k) = S(k)* for a static real object
                }
                double r = trajectory.radius(i);
                signal.sample(r * c, r * sn, r * timePerK, v);
                data[2 * (s * ns + i)] = (float) v[0];
                data[2 * (s * ns + i) + 1] = (float) v[1];
            }
            for (int i = 1; i < ns / 2; i++) {
                data[2 * (s * ns + i)] = data[2 * (s * ns + ns - i)];
                data[2 * (s * ns + i) + 1] = -data[2 * (s * ns + ns - i) + 1];
            }
            progress.advance(1);
        });
        progress.finish();
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
