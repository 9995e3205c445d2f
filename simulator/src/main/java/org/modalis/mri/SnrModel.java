package org.modalis.mri;

/**
 * The SNR law of Fourier imaging (Edelstein et al., Magn. Reson. Med. 3 (1986) 604; Haacke et al. 1999,
 * ch. 15): SNR ∝ B0 · voxel volume · √(N_phase·N_read·NEX / BW_total). Here the image noise σ of a fully
 * relaxed PD = 1 signal is
 * <pre>σ_image = 1 / (C · (B0 / 1.5 T) · V[mm³] · √T_s),   T_s = N_phase·NEX / BW_per_pixel [s]</pre>
 * (T_s = N_read·N_phase·NEX/BW_total is the total time the receiver samples), with C the scanner's
 * {@link MrScanner#snrConstant()}. SNR grows linearly with B0 in the body-noise-dominated regime of clinical
 * fields (Hoult &amp; Lauterbur, J. Magn. Reson. 34 (1979) 425). The k-space noise per (averaged) sample
 * follows from the reconstruction's scaling: image = Δk_r·Δk_p·Σ S(k)·e^(2πik·x), so σ_k =
 * σ_image / (Δk_r·Δk_p·√(N_read,acq·N_phase)). σ_k depends only on the bandwidth, NEX and voxel, so with
 * partial Fourier the unacquired (zero) lines carry no noise and the image noise drops by √(fraction), as on
 * a scanner that zero-fills.
 */
public final class SnrModel {

    private SnrModel() {
    }

    /** Image noise σ (per real/imaginary channel) for a unit signal. */
    public static double imageSigma(MrScanner scanner, MrProtocol p) {
        double voxelMm3 = p.pixelRead() * p.pixelPhase() * p.sliceThickness() * 1e9;
        double samplingTime = p.matrixPhase() * p.nex() / p.bandwidthPerPixelHz();
        return 1.0 / (scanner.snrConstant() * (scanner.b0Tesla() / 1.5) * voxelMm3 * Math.sqrt(samplingTime));
    }

    /** Noise σ per channel of one acquired, NEX-averaged k-space sample [a.u.·m²]. */
    public static double kspaceSigma(MrScanner scanner, MrProtocol p) {
        double dkRead = 1.0 / (p.fovRead() * p.readoutOversampling());
        double dkPhase = 1.0 / p.fovPhase();
        return imageSigma(scanner, p) / (dkRead * dkPhase * Math.sqrt((double) p.acquiredRead() * p.matrixPhase()));
    }
}
