package org.modalis.mri;

import java.util.Objects;

/**
 * Raw radial k-space: complex samples at the points of a {@link RadialTrajectory}, spoke-major (index
 * s·samples + i), as interleaved (re, im) floats [a.u.·m²].
 *
 * @param trajectory the sampling pattern
 * @param data       2·spokes·samples floats
 */
public record RadialKSpace(RadialTrajectory trajectory, float[] data) {

    public RadialKSpace {
        Objects.requireNonNull(trajectory, "trajectory");
        Objects.requireNonNull(data, "data");
        if (data.length != 2 * trajectory.spokes() * trajectory.samples()) {
            throw new IllegalArgumentException("radial k-space needs 2·spokes·samples = "
                    + 2 * trajectory.spokes() * trajectory.samples() + " floats, got " + data.length);
        }
    }

    /** The samples as a spokes × samples array (for raw.npy and the log-magnitude picture). */
    public KSpace asSpokeRows() {
        return new KSpace(trajectory.spokes(), trajectory.samples(), trajectory.dk(), trajectory.dk(), data);
    }
}
