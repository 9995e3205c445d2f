/**
 * GL twins of the MRI operators: {@link org.modalis.gpu.mri.GlGridder} (twin of
 * {@link org.modalis.mri.CpuGridder}, the spreading step of gridding; kernel {@code shaders/mri/grid_gather.comp}).
 */
package org.modalis.gpu.mri;
