package org.modalis.gpu.ct;

import org.modalis.gpu.GlContext;

/**
 * Where {@link GlBackprojector#filterAndBackproject} runs the ramp filter. On a hardware GPU the direct
 * convolution ({@code views × bins²} multiply-adds) costs well under a millisecond and saves a download and
 * an upload of the sinogram, so the data stays on the device. On a software rasterizer (Mesa llvmpipe on
 * a few CPU cores) the same convolution is slower than JTransforms' FFT, so Java filters: measured with
 * {@code modalis bench gpu}, figures in docs/gpu.md.
 */
public enum FilterPlacement {
    /** Filter in Java (FFT), upload the filtered rows. */
    JAVA,
    /** Filter on the device, next to the backprojection. */
    DEVICE;

    /** {@link #JAVA} on software renderers, {@link #DEVICE} otherwise. */
    public static FilterPlacement preferredFor(GlContext gl) {
        return gl.softwareRenderer() ? JAVA : DEVICE;
    }
}
