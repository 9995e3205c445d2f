/**
 * GL twins of the CT operators: {@link org.modalis.gpu.ct.GlBackprojector} (twin of
 * {@code ct.recon.CpuBackprojector}) and {@link org.modalis.gpu.ct.GlJosephProjector} (twin of
 * {@code ct.recon.JosephProjector}); kernels in {@code shaders/ct/}. Each consumes the same precomputed
 * inputs as its CPU twin and is tested against it (docs/gpu.md).
 */
package org.modalis.gpu.ct;
