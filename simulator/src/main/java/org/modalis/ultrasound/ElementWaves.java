package org.modalis.ultrasound;

/**
 * One element's transmitted wave in the line frame, E(x, z) = D(x/ρ)·√(r_ref/ρ)·e^{−ikρ}, ρ = √(x² + z²) (x from
 * the element, k at the nominal speed: {@link TransmitBeam}), on the lateral lattice x_e = e·du − offset and the
 * depth rows of a {@link LineFrameGrid}: the same for every element of a linear array (translation invariance), so
 * a transmit table is a sparse correlation of the element weights with it. Each row covers the table's columns
 * shifted by any element of the array (±the array's width): every line's aperture and lattice shift. Filled in
 * parallel, each entry on its own; read-only afterwards.
 */
final class ElementWaves {

    final LineFrameGrid grid;
    final double offset;
    private final float[][] re;
    private final float[][] im;
    private final int[] first;
    private final int span;

    /**
     * @param offset   the lattice's offset [m]: x_e = e·du − offset
     * @param perPitch M, du = pitch/M
     */
    ElementWaves(Transducer probe, LineFrameGrid grid, double offset, int perPitch, PhasorTable phasors,
                 DirectivityTable directivity) {
        this.grid = grid;
        this.offset = offset;
        this.span = (probe.elements() + 1) * perPitch;
        double k = 2 * Math.PI / probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED);
        re = new float[grid.rows][];
        im = new float[grid.rows][];
        first = new int[grid.rows];
        OneAtATime.forEach(grid.firstRow, grid.rows, j -> {
            int w = grid.width(j);
            double z = grid.z(j);
            first[j] = -w - span;
            float[] r = new float[2 * (w + span) + 1], i = new float[r.length];
            for (int e = -w - span; e <= w + span; e++) {
                double x = e * grid.du - offset, rho = Math.sqrt(x * x + z * z);
                double amp = directivity.at(x / rho) * Math.sqrt(TransmitBeam.REFERENCE_RANGE / rho);
                r[e - first[j]] = (float) (amp * phasors.cos(-k * rho));
                i[e - first[j]] = (float) (amp * phasors.sin(-k * rho));
            }
            re[j] = r;
            im[j] = i;
        });
    }

    /** Row j's real parts; value e at [e − first(j)]. */
    float[] re(int j) {
        return re[j];
    }

    float[] im(int j) {
        return im[j];
    }

    /** The lattice index of row j's first value. */
    int first(int j) {
        return first[j];
    }

    /** Whether these waves serve a table on {@code other} (same lattice and offset, rows and columns covered). */
    boolean serves(LineFrameGrid other, double otherOffset) {
        return otherOffset == offset && grid.covers(other);
    }
}
