package org.modalis.mri;

/**
 * Where a k-space acquisition reads the object's spectrum, row by row: sample j of row i is at
 * <pre>k(i, j) = k0_i + u_j·e_i,   u_j = (j − cols/2)·du</pre>
 * (cycles/m). A Cartesian readout is a row with k0 = the phase-encode frequency and e = the readout direction;
 * a radial spoke is a row through the origin along its angle. A linear field error g (Hz/m) makes a sample
 * taken τ = u·t_u after the echo read the spectrum at k + g·τ ({@link ShimField}), which only changes e to
 * e + g·t_u: the rows stay straight lines, so the evaluation of {@link TissueSpectra} stays separable along them.
 *
 * @param rows number of rows (phase lines or spokes)
 * @param cols samples per row
 * @param du   step of the row coordinate u [cycles/m]
 * @param k0x  x component of each row's offset [cycles/m]
 * @param k0y  y component of each row's offset [cycles/m]
 * @param ex   x component of each row's direction (per unit of u)
 * @param ey   y component of each row's direction (per unit of u)
 * @param mirrorRows true when row rows − i is row i reflected through the origin (Cartesian), false when
 *                   each row is symmetric itself (radial spokes); either way k(mirror) = −k
 */
public record KLattice(int rows, int cols, double du, double[] k0x, double[] k0y, double[] ex, double[] ey,
                       boolean mirrorRows) {

    public KLattice {
        if (rows < 1 || cols < 2 || cols % 2 != 0) {
            throw new IllegalArgumentException("a k-space lattice needs ≥ 1 row and an even number ≥ 2 of columns, got "
                    + rows + " × " + cols);
        }
        if (!(du > 0) || k0x.length != rows || k0y.length != rows || ex.length != rows || ey.length != rows) {
            throw new IllegalArgumentException("lattice step must be positive [cycles/m] and every row needs its offset"
                    + " and direction");
        }
    }

    /** u_j [cycles/m]. */
    public double u(int j) {
        return (j - cols / 2) * du;
    }

    /**
     * The Cartesian lattice of a protocol: rows are phase lines (k_p = (p − N_p/2)/FOV_p), columns the
     * oversampled readout (k_r = (r − N_r/2)·Δk_r), both directions per {@link MrProtocol#phaseDirection()};
     * {@code shim}'s gradient tilts the readout direction (time per unit k_r: Δx_r/BW_pixel).
     */
    public static KLattice cartesian(MrProtocol p, ShimField shim) {
        return centred(p.matrixPhase(), p.acquiredRead(), 1.0 / p.fovPhase(), 1.0 / (p.fovRead() * p.readoutOversampling()),
                p.phaseDirection(), shim, p.pixelRead() / p.bandwidthPerPixelHz());
    }

    /**
     * A centred Cartesian lattice: row i at k_p = (i − rows/2)·dkRow along the phase axis of {@code dir}, column j at
     * k_r = (j − cols/2)·du along readout, read τ = k_r·timePerK [s per cycles/m] after the echo in the field {@code shim}.
     */
    public static KLattice centred(int rows, int cols, double dkRow, double du, PhaseDirection dir, ShimField shim,
                                   double timePerK) {
        boolean ap = dir == PhaseDirection.AP;
        double ex = (ap ? 1 : 0) + shim.gxHzPerM() * timePerK, ey = (ap ? 0 : 1) + shim.gyHzPerM() * timePerK;
        double[] k0x = new double[rows], k0y = new double[rows], exs = new double[rows], eys = new double[rows];
        for (int i = 0; i < rows; i++) {
            double kp = (i - rows / 2) * dkRow;
            k0x[i] = ap ? 0 : kp;
            k0y[i] = ap ? kp : 0;
            exs[i] = ex;
            eys[i] = ey;
        }
        return new KLattice(rows, cols, du, k0x, k0y, exs, eys, true);
    }

    /** The spokes of a radial trajectory, one row each, with the readout timing and field error of {@code p}. */
    public static KLattice radial(RadialTrajectory t, MrProtocol p, ShimField shim) {
        double tu = p.pixelRead() / p.bandwidthPerPixelHz();
        int n = t.spokes();
        double[] zero = new double[n], exs = new double[n], eys = new double[n];
        for (int s = 0; s < n; s++) {
            exs[s] = Math.cos(t.angle(s)) + shim.gxHzPerM() * tu;
            eys[s] = Math.sin(t.angle(s)) + shim.gyHzPerM() * tu;
        }
        return new KLattice(n, t.samples(), t.dk(), zero, zero.clone(), exs, eys, false);
    }
}
