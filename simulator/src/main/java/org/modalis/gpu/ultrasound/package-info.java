/**
 * GL twins of the ultrasound operators: {@link org.modalis.gpu.ultrasound.GlDelayAndSum} (twin of
 * {@link org.modalis.ultrasound.CpuDelayAndSum}, kernel {@code shaders/ultrasound/beamform.comp}).
 */
package org.modalis.gpu.ultrasound;
