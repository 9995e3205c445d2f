package org.modalis.gpu.ultrasound;

import org.modalis.gpu.ComputeProgram;
import org.modalis.gpu.GlContext;
import org.modalis.gpu.StorageBuffer;
import org.modalis.ultrasound.BeamGeometry;
import org.modalis.ultrasound.Beamformer;
import org.modalis.ultrasound.ChannelLayout;

/**
 * GL twin of the delay-and-sum beamformer (contract: {@link Beamformer}; specification and test oracle:
 * {@link org.modalis.ultrasound.CpuDelayAndSum}); kernel {@code shaders/ultrasound/beamform.comp}, one
 * invocation per output sample. Both take the same plain arrays ({@link ChannelLayout}, {@link BeamGeometry});
 * the kernel computes delays and Hann weights in float where the CPU twin uses double, so they agree to float
 * rounding of the delay (≈ 1e-4 samples at a few thousand samples), not bit for bit. Each call uploads the
 * channel data and reads the RF back. Does not own the context: close this, then the context.
 */
public final class GlDelayAndSum implements Beamformer, AutoCloseable {

    private final GlContext gl;
    private final ComputeProgram program;
    private final double pitch;

    /** @param pitch element pitch [m]: the smallest aperture half-width, as the CPU twin's */
    public GlDelayAndSum(GlContext gl, double pitch) {
        this.gl = gl;
        this.pitch = pitch;
        this.program = gl.compile("ultrasound/beamform.comp");
    }

    @Override
    public void beamform(float[] channels, ChannelLayout layout, BeamGeometry geometry, float[] out) {
        int lines = layout.lines();
        if (channels.length != (long) lines * layout.lineSize() || out.length != (long) lines * layout.samples()) {
            throw new IllegalArgumentException("channel data must hold lines × aperture × samples = " + (long) lines * layout.lineSize()
                    + " values and out lines × samples = " + (long) lines * layout.samples());
        }
        if (4L * channels.length > gl.maxStorageBlockBytes()) {
            throw new IllegalArgumentException(String.format("the channel data need %.1f MiB, more than the %.1f MiB one"
                    + " OpenGL storage block may hold on '%s': use --backend cpu", 4.0 * channels.length / 1048576,
                    gl.maxStorageBlockBytes() / 1048576.0, gl.renderer()));
        }
        float[] lineTable = new float[4 * lines];
        for (int l = 0; l < lines; l++) {
            lineTable[4 * l] = geometry.originX()[l];
            lineTable[4 * l + 1] = geometry.dirX()[l];
            lineTable[4 * l + 2] = geometry.dirZ()[l];
            lineTable[4 * l + 3] = geometry.apertureCentre()[l];
        }
        gl.run(() -> {
            try (StorageBuffer ch = StorageBuffer.of(channels);
                 StorageBuffer ex = StorageBuffer.of(layout.elementX());
                 StorageBuffer table = StorageBuffer.of(lineTable);
                 StorageBuffer rf = StorageBuffer.allocate(out.length)) {
                program.use();
                ch.bind(0);
                ex.bind(1);
                table.bind(2);
                rf.bind(3);
                program.set("lineCount", lines);
                program.set("aperture", layout.aperture());
                program.set("samples", layout.samples());
                program.set("fs", (float) layout.samplingRate());
                program.set("speed", (float) geometry.speed());
                program.set("fNumber", (float) geometry.receiveFNumber());
                program.set("pitch", (float) pitch);
                program.dispatchCovering(layout.samples(), lines, 1);
                rf.read(out);
            }
        });
    }

    /** Deletes the program (on the GL thread). */
    @Override
    public void close() {
        gl.run(program::close);
    }
}
