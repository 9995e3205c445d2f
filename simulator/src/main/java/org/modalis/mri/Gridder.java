package org.modalis.mri;

/**
 * The spreading step of gridding, the CPU/GPU twin contract: every sample adds C(|ux − X|)·C(|uy − Y|)·(re, im)
 * to each cell (X, Y) of the g × g grid within half a kernel width (cells taken modulo g, stored in FFT order:
 * index 0 is k = 0), C the {@link KaiserBesselKernel} read from its table by linear interpolation.
 * Implementations: {@link CpuGridder} (the specification and test oracle) and the GL twin
 * {@code gpu.mri.GlGridder} (kernel {@code shaders/mri/grid_gather.comp}).
 */
public interface Gridder {

    /** Spreads {@code samples} onto {@code grid} (2·g·g floats, interleaved complex, row = y), overwriting it. */
    void spread(GriddingSamples samples, KaiserBesselKernel kernel, int g, float[] grid);
}
