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
 * channel data (in batches of lines that fit one storage block) and reads the RF back. Does not own the context: close this, then the context.
 */
public final class GlDelayAndSum implements Beamformer, AutoCloseable {

    private final GlContext gl;
    private final ComputeProgram program;
    private final double pitch;
    private final long blockBytes;

    /** @param pitch element pitch [m]: the smallest aperture half-width, as the CPU twin's */
    public GlDelayAndSum(GlContext gl, double pitch) {
        this(gl, pitch, gl.maxStorageBlockBytes());
    }

    /** With batches of at most {@code blockBytes} of channel data (tests use a small value to exercise batching). */
    GlDelayAndSum(GlContext gl, double pitch, long blockBytes) {
        this.gl = gl;
        this.pitch = pitch;
        this.blockBytes = Math.min(blockBytes, gl.maxStorageBlockBytes());
        this.program = gl.compile("ultrasound/beamform.comp");
    }

    /**
     * Beamforms in batches of whole lines, each batch's channel data within one OpenGL storage block (128 MiB
     * on llvmpipe), so a frame of any size runs; the output is the same as in one dispatch.
     */
    @Override
    public void beamform(float[] channels, ChannelLayout layout, BeamGeometry geometry, float[] out) {
        int lines = layout.lines();
        if (channels.length != (long) lines * layout.lineSize() || out.length != (long) lines * layout.samples()) {
            throw new IllegalArgumentException("channel data must hold lines × aperture × samples = " + (long) lines * layout.lineSize()
                    + " values and out lines × samples = " + (long) lines * layout.samples());
        }
        long perLine = 4L * layout.lineSize();
        int batch = (int) Math.min(lines, blockBytes / perLine);
        if (batch < 1) {
            throw new IllegalArgumentException(String.format("one line's channel data need %.1f MiB, more than the %.1f MiB one"
                    + " OpenGL storage block may hold on '%s': use --backend cpu", perLine / 1048576.0,
                    blockBytes / 1048576.0, gl.renderer()));
        }
        for (int first = 0; first < lines; first += batch) {
            int count = Math.min(batch, lines - first);
            dispatch(channels, layout, geometry, first, count, out);
        }
    }

    /** Lines {@code first … first + count − 1} in one dispatch. */
    private void dispatch(float[] channels, ChannelLayout layout, BeamGeometry geometry, int first, int count, float[] out) {
        int aperture = layout.aperture(), samples = layout.samples();
        boolean whole = first == 0 && count == layout.lines(); // one batch: upload the caller's arrays as they are
        float[] ch = whole ? channels : java.util.Arrays.copyOfRange(channels, first * layout.lineSize(), (first + count) * layout.lineSize());
        float[] ex = whole ? layout.elementX() : java.util.Arrays.copyOfRange(layout.elementX(), first * aperture, (first + count) * aperture);
        float[] lineTable = new float[4 * count];
        for (int l = 0; l < count; l++) {
            lineTable[4 * l] = geometry.originX()[first + l];
            lineTable[4 * l + 1] = geometry.dirX()[first + l];
            lineTable[4 * l + 2] = geometry.dirZ()[first + l];
            lineTable[4 * l + 3] = geometry.apertureCentre()[first + l];
        }
        float[] rfOut = whole ? out : new float[count * samples];
        gl.run(() -> {
            try (StorageBuffer chBuffer = StorageBuffer.of(ch);
                 StorageBuffer exBuffer = StorageBuffer.of(ex);
                 StorageBuffer table = StorageBuffer.of(lineTable);
                 StorageBuffer rf = StorageBuffer.allocate(rfOut.length)) {
                program.use();
                chBuffer.bind(0);
                exBuffer.bind(1);
                table.bind(2);
                rf.bind(3);
                program.set("lineCount", count);
                program.set("aperture", aperture);
                program.set("samples", samples);
                program.set("fs", (float) layout.samplingRate());
                program.set("speed", (float) geometry.speed());
                program.set("fNumber", (float) geometry.receiveFNumber());
                program.set("pitch", (float) pitch);
                program.dispatchCovering(samples, count, 1);
                rf.read(rfOut);
            }
        });
        if (!whole) {
            System.arraycopy(rfOut, 0, out, first * samples, rfOut.length);
        }
    }

    /** Deletes the program (on the GL thread). */
    @Override
    public void close() {
        gl.run(program::close);
    }
}
