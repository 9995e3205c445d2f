package org.modalis.xray;

import java.util.stream.IntStream;
import org.modalis.physics.Rng;

/**
 * Draws the quantum noise of a noise-free exposure (primary plus any scatter): each pixel's reading is the
 * compound Poisson (v/m)·Poisson(m²/v) of its mean m and second moment v ({@link XrayAcquisition#draw}); row j
 * uses {@code rng.stream(j)}, the same streams and order as an acquisition that draws its own noise.
 */
public final class QuantumNoise {

    private QuantumNoise() {
    }

    /** A copy of {@code r} with its reading drawn. */
    public static Radiograph draw(Radiograph r, Rng rng) {
        ProjectionGeometry g = r.geometry();
        float[] reading = new float[r.mean().length];
        IntStream.range(0, g.rows()).parallel().forEach(j -> {
            Rng row = rng.stream(j);
            for (int i = 0; i < g.cols(); i++) {
                int k = j * g.cols() + i;
                reading[k] = (float) XrayAcquisition.draw(r.mean()[k], r.variance()[k], row);
            }
        });
        return new Radiograph(g, reading, r.mean(), r.variance(), r.openField(), r.kermaMgy());
    }
}
