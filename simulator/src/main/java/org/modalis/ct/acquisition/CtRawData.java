package org.modalis.ct.acquisition;

import org.modalis.ct.Sinogram;

/**
 * What the scanner measured: the log-normalised sinogram p = −ln(S/S₀) (dimensionless line integrals, raw —
 * no beam-hardening correction yet), with the calibration the scanner keeps for it and the figures
 * behind the noise level.
 *
 * @param sinogram           views × bins line integrals
 * @param calibration        the water calibration for this beam and detector
 * @param exposure           per-element open-beam exposure of one view
 * @param photonStarvedReadings readings that fell at or below the detector floor (photon starvation)
 */
public record CtRawData(Sinogram sinogram, WaterCalibration calibration, DetectorExposure exposure, long photonStarvedReadings) {
}
