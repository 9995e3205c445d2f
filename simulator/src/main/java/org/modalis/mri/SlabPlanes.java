package org.modalis.mri;

import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.SliceSpectrum;

/**
 * The planes that stand for the excited slab of a rectangular slice profile: one (the centre) for a 2-D
 * phantom, which is the same in every plane, and {@link #PLANES_3D} midpoint-rule planes across the
 * thickness for a 3-D phantom, so that an object ending inside the slab shows through-slice partial volume.
 * The midpoint rule integrates a section area that varies quadratically across the slab (an ellipsoid's)
 * with relative error Δz²/(24·n²)·|A''|/A, below 0.1 % for a 5 mm slice through a 20 mm sphere.
 */
public final class SlabPlanes {

    /** Planes across a slab of a 3-D phantom. */
    public static final int PLANES_3D = 5;

    private SlabPlanes() {
    }

    /** z [m] of the planes. */
    public static double[] positions(AnalyticPhantom phantom, MrProtocol protocol) {
        int n = phantom.dimension() == 2 ? 1 : PLANES_3D;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = protocol.slicePosition() + protocol.sliceThickness() * ((i + 0.5) / n - 0.5);
        }
        return z;
    }

    static SliceSpectrum[] spectra(AnalyticPhantom phantom, MrProtocol protocol) {
        double[] z = positions(phantom, protocol);
        SliceSpectrum[] out = new SliceSpectrum[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = phantom.sliceSpectrum(z[i]);
        }
        return out;
    }
}
