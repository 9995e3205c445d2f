package org.modalis.ct;

import java.util.Objects;

/**
 * Line integrals ∫μ dl (dimensionless) measured in {@code geometry}: {@code views × bins} values, bins
 * fastest ({@code data[view·bins + bin]}). Raw data of a CT acquisition, input of {@link org.modalis.ct.recon.Fbp}.
 */
public record Sinogram(CtGeometry geometry, float[] data) {

    public Sinogram {
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(data, "data");
        long expected = (long) geometry.views() * geometry.bins();
        if (data.length != expected) {
            throw new IllegalArgumentException("sinogram has " + data.length + " values, geometry needs views × bins = "
                    + geometry.views() + " × " + geometry.bins() + " = " + expected);
        }
    }

    /** A zero sinogram for the geometry. */
    public static Sinogram zeros(CtGeometry geometry) {
        return new Sinogram(geometry, new float[Math.multiplyExact(geometry.views(), geometry.bins())]);
    }

    /** Line integral in (view, bin). */
    public float at(int view, int bin) {
        return data[view * geometry.bins() + bin];
    }
}
