package org.modalis.ct.acquisition;

/**
 * A miscalibrated detector element: its gain differs from the one the air calibration measured, so the
 * same error enters every view at the same radius and backprojects into a ring (Barrett & Keat 2004).
 *
 * @param bin  detector element index
 * @param gain actual gain relative to calibration (1 = perfect), 0–10
 */
public record BadBin(int bin, double gain) {

    public BadBin {
        if (bin < 0) {
            throw new IllegalArgumentException("bad bin index must be ≥ 0, got " + bin);
        }
        Ranges.check("bad_bins.gain", gain, 0, 10, "");
    }
}
