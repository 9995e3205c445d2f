package org.modalis.ultrasound;

/**
 * Receive beamforming: channel data [line][aperture element][sample] in, one RF trace per line out
 * [line][sample], sample k at range c·k/(2fs). The CPU twin is {@link CpuDelayAndSum}; a GL twin
 * ({@code gpu.ultrasound}, kernel {@code shaders/ultrasound/beamform.comp}) is not written yet.
 */
public interface Beamformer {

    /** Beamforms every line of {@code channels} into {@code out} (lines × samples floats). */
    void beamform(float[] channels, ChannelLayout layout, BeamGeometry geometry, float[] out);
}
