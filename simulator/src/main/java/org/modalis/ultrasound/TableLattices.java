package org.modalis.ultrasound;

/**
 * The lattices of a frame's field tables ({@link BeamFieldTables}), in the line frame over the transmit cone (the
 * same for every line of a linear array), and the choices behind them:
 * <ul>
 *   <li>lateral step du = p/M (M the smallest integer making it ≤ λ/8 for transmit, ≤ λ/4 for receive), so element
 *   offsets fall on the lattice and the element wave is computed once per lattice point;</li>
 *   <li>depth λ/4 for transmit, doubled below 48λ (15 mm at 5 MHz), and λ/2 for receive, doubled below 16λ: the
 *   interpolation error measured against the element sums on a 6 cm frame (transmit 8 % rms at 1–5 mm, 1.7 % at
 *   5–15 mm, 0.3 % and 0.1 % deeper; receive 0.05–0.2 %) is the same with the coarser rows where they are used;</li>
 *   <li>rows from 4λ below the face (closer, the spreading diverges and the sources compute their fields
 *   directly).</li>
 * </ul>
 *
 * @param transmit         the transmit lattice with its region (the cone)
 * @param receive          the receive lattice with its region
 * @param transmitPerPitch M of the transmit lattice
 * @param receivePerPitch  M of the receive lattice
 */
record TableLattices(LineFrameGrid transmit, LineFrameGrid receive, int transmitPerPitch, int receivePerPitch) {

    static final double TRANSMIT_LATERAL_STEP_WAVELENGTHS = 0.125;
    static final double RECEIVE_LATERAL_STEP_WAVELENGTHS = 0.25;
    static final double TRANSMIT_DEPTH_STEP_WAVELENGTHS = 0.25;
    static final double RECEIVE_DEPTH_STEP_WAVELENGTHS = 0.5;
    /** Depths [wavelengths] from which the depth steps double. */
    static final double TRANSMIT_COARSE_FROM_WAVELENGTHS = 48;
    static final double RECEIVE_COARSE_FROM_WAVELENGTHS = 16;
    /** The first filled row's depth in wavelengths (1.2 mm at 5 MHz). */
    static final double FIRST_ROW_WAVELENGTHS = 4;
    /**
     * Largest |f − f_j|/f₀ for which the receive table's second-order frequency correction is used: the neglected
     * third order, (2πδf·Δt)³/6, is 0.9 % where an element's delay error Δt reaches a whole period (far off the
     * main lobe) and vanishes on it. Behind a cyst the echoes are 3–6 % higher than around it (less attenuation).
     */
    static final double FREQUENCY_TOLERANCE = 0.06;

    /** The lattices of a frame whose deepest source lies at zMax [m]. */
    static TableLattices of(Transducer probe, TransmitBeams beams, double zMax) {
        double lambda = probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED);
        int txPerPitch = perPitch(probe.pitch(), TRANSMIT_LATERAL_STEP_WAVELENGTHS * lambda);
        int rxPerPitch = perPitch(probe.pitch(), RECEIVE_LATERAL_STEP_WAVELENGTHS * lambda);
        return new TableLattices(
                coneGrid(beams, probe.pitch() / txPerPitch, TRANSMIT_DEPTH_STEP_WAVELENGTHS * lambda,
                        TRANSMIT_COARSE_FROM_WAVELENGTHS / TRANSMIT_DEPTH_STEP_WAVELENGTHS, lambda, zMax),
                coneGrid(beams, probe.pitch() / rxPerPitch, RECEIVE_DEPTH_STEP_WAVELENGTHS * lambda,
                        RECEIVE_COARSE_FROM_WAVELENGTHS / RECEIVE_DEPTH_STEP_WAVELENGTHS, lambda, zMax),
                txPerPitch, rxPerPitch);
    }

    /** The element grid's offset δ₀ ∈ [0, p) from the lines if every line has the same (to 1 nm), else NaN. */
    static double commonOffset(Transducer probe, ScanLines lines) {
        double first = Double.NaN;
        for (int l = 0; l < lines.count(); l++) {
            double d = offset(probe, lines.originX(l));
            if (Double.isNaN(first)) {
                first = d;
            } else if (Math.abs(d - first) > 1e-9 && Math.abs(Math.abs(d - first) - probe.pitch()) > 1e-9) {
                return Double.NaN;
            }
        }
        return first;
    }

    /** The offset δ ∈ [0, p) of the element grid from a line at x [m]: elements at x + m·p + δ. */
    static double offset(Transducer probe, double x) {
        double p = probe.pitch(), d = ((probe.elementX(0) - x) % p + p) % p;
        return d > p - 1e-9 ? 0 : d;
    }

    /**
     * The receive tables of an unbounded healthy array at element offset δ from the lines, over {@code region} (a
     * region of the receive lattice), kept in {@code cache}.
     */
    ReceiveFieldTables receiveTables(Transducer healthy, UltrasoundProtocol protocol, double offset,
                                     LineFrameGrid region, EchoProfile profile, BeamFieldCache cache,
                                     PhasorTable phasors, DirectivityTable directivity) {
        return cache.receive(new BeamFieldCache.ReceiveKey(healthy, protocol.receiveFNumber(), protocol.assumedSpeed(),
                        offset, region.du, region.dz, region.coarseFrom), region, profile.rows(region),
                grid -> new ReceiveFieldTables(healthy, protocol.receiveFNumber(), protocol.assumedSpeed(), offset,
                        receivePerPitch, grid, profile.rows(grid), phasors, directivity));
    }

    /** The widest receive aperture half-width [m] any entry of the receive lattice has. */
    double maxAperture(double fNumber, double pitch) {
        double r = 0;
        for (int j = receive.firstRow; j < receive.rows; j++) {
            r = Math.max(r, Math.hypot(receive.width(j) * receive.du, receive.z(j)));
        }
        return Math.max(r / (2 * fNumber), pitch);
    }

    /** M: the smallest number of lattice steps per pitch that makes the step at most {@code step}. */
    private static int perPitch(double pitch, double step) {
        return (int) Math.ceil(pitch / step - 1e-9);
    }

    /** The lattice over the transmit cone, rows to zMax, from 4λ on, dz apart and 2·dz from row coarseFrom. */
    private static LineFrameGrid coneGrid(TransmitBeams beams, double du, double dz, double coarseFrom, double lambda,
                                          double zMax) {
        int coarse = (int) Math.round(coarseFrom);
        int rows = LineFrameGrid.rowsTo(zMax, dz, coarse) + 1;
        double[] limit = new double[rows];
        for (int j = 0; j < rows; j++) { // the cone is convex in z: its largest width over rows j − 1 … j + 1
            limit[j] = Math.max(beams.coneHalfWidth(0, LineFrameGrid.depth(Math.max(0, j - 1), dz, coarse)),
                    Math.max(beams.coneHalfWidth(0, LineFrameGrid.depth(j, dz, coarse)),
                            beams.coneHalfWidth(0, LineFrameGrid.depth(j + 1, dz, coarse))));
        }
        return new LineFrameGrid(du, dz, coarse, (int) Math.ceil(FIRST_ROW_WAVELENGTHS * lambda / dz - 1e-9), limit);
    }
}
