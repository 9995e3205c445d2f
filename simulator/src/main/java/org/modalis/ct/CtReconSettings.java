package org.modalis.ct;

import org.modalis.ct.recon.FilterWindow;

/**
 * How the scanner reconstructs: FBP with a ramp filter apodized by {@code window} up to {@code cutoff}
 * (fraction of the detector Nyquist frequency), onto a {@code size}² grid spanning {@code fovM}, with or
 * without the water beam-hardening pre-correction.
 */
public record CtReconSettings(FilterWindow window, double cutoff, int size, double fovM, boolean waterBhc) {

    public CtReconSettings {
        if (!(cutoff > 0 && cutoff <= 1)) {
            throw new org.modalis.UserInputException("must be in (0, 1] (fraction of Nyquist), got " + cutoff,
                    null, 0, 0, "recon.cutoff", null);
        }
        if (size < 16 || size > 4096) {
            throw new org.modalis.UserInputException("must be between 16 and 4096 pixels, got " + size,
                    null, 0, 0, "recon.size", null);
        }
        if (!(fovM >= 0.01 && fovM <= 1)) {
            throw new org.modalis.UserInputException("must be between 10 and 1000 mm, got " + fovM * 1e3,
                    null, 0, 0, "recon.fov_mm", null);
        }
    }
}
