/**
 * OpenGL compute backend: the headless context and its owner thread ({@link org.modalis.gpu.GlContext}),
 * shader loading with includes and file:line errors ({@link org.modalis.gpu.ShaderSource},
 * {@link org.modalis.gpu.ComputeProgram}), storage buffers, and the choice between the CPU and GL twins
 * ({@link org.modalis.gpu.BackendChoice}). The only package besides the viewer that imports {@code org.lwjgl};
 * the GL twins of each modality live in {@code gpu.<modality>}. See docs/gpu.md.
 */
package org.modalis.gpu;
