package org.modalis.ultrasound;

/**
 * The transmit beams of every line of a frame ({@link TransmitBeam}) and the limits that keep the work bounded,
 * shared by the channel and the beam-domain models so both simulate exactly the same (source, line) pairs: for
 * a linear array a source counts on a line only inside the transmit beam's geometric cone widened by 3
 * diffraction widths (3λz/D, past the first side lobes), and on any line only where |H| is above the protocol's
 * beam floor relative to the focal maximum. Immutable after construction.
 */
final class TransmitBeams {

    /** Width of the lateral window in diffraction widths λz/D beyond the geometric cone of the beam. */
    static final double DIFFRACTION_WIDTHS = 3;

    private final Transducer probe;
    private final UltrasoundProtocol protocol;
    private final ScanLines lines;
    private final TransmitBeam[] beams;
    private final double[] floorSquared;
    private final double wavelength;

    TransmitBeams(Transducer probe, UltrasoundProtocol protocol, ScanLines lines, PhasorTable phasors,
                  DirectivityTable directivity) {
        this.probe = probe;
        this.protocol = protocol;
        this.lines = lines;
        this.wavelength = probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED);
        beams = new TransmitBeam[lines.count()];
        floorSquared = new double[lines.count()];
        double[] h = new double[2];
        for (int l = 0; l < lines.count(); l++) {
            beams[l] = new TransmitBeam(probe, protocol, lines, l, phasors, directivity);
            beams[l].field(lines.originX(l) + lines.dirX(l) * protocol.transmitFocus(),
                    lines.dirZ(l) * protocol.transmitFocus(), h);
            double floor = Math.hypot(h[0], h[1]) * Math.pow(10, protocol.beamFloorDb() / 20);
            floorSquared[l] = floor * floor;
        }
    }

    TransmitBeam beam(int l) {
        return beams[l];
    }

    /** Index range [first, last) of the x-sorted sources that can reach line l (all of them for a phased array). */
    int firstSource(int l, EchoSources sources) {
        return probe.type() == ArrayType.LINEAR ? sources.firstAtOrAfter(lines.originX(l) - reach(l, sources)) : 0;
    }

    /** End (exclusive) of the index range of {@link #firstSource}. */
    int lastSource(int l, EchoSources sources) {
        return probe.type() == ArrayType.LINEAR ? sources.firstAtOrAfter(lines.originX(l) + reach(l, sources) + 1e-12)
                : sources.count();
    }

    /** The widest the cone gets at any source's depth: at the shallowest or the deepest (it is convex in z). */
    private double reach(int l, EchoSources sources) {
        return Math.max(coneHalfWidth(l, sources.minDepth()), coneHalfWidth(l, sources.maxDepth()));
    }

    /**
     * Writes line l's transmit field at (x, z) into {@code h} and says whether the source there is simulated:
     * inside the cone (linear arrays) and |H| at or above the floor.
     */
    boolean fieldAboveFloor(int l, double x, double z, double[] h) {
        if (!inCone(l, x, z)) {
            return false;
        }
        beams[l].field(x, z, h);
        return aboveFloor(l, h);
    }

    /** Whether the transmit field {@code h} = {re, im} of line l is at or above its floor (and not zero). */
    boolean aboveFloor(int l, double[] h) {
        double mag2 = h[0] * h[0] + h[1] * h[1];
        return mag2 >= floorSquared[l] && mag2 > 0;
    }

    /**
     * Inside the transmit cone of a linear array: |x − x_l| ≤ (D/2)·|1 − z/F| + 3λ·z/D (the focused beam's
     * geometric envelope); always true for a phased array.
     */
    boolean inCone(int l, double x, double z) {
        return probe.type() != ArrayType.LINEAR || Math.abs(x - lines.originX(l)) <= coneHalfWidth(l, z);
    }

    /** Half-width [m] of line l's cone at depth z. */
    double coneHalfWidth(int l, double z) {
        double half = beams[l].halfAperture;
        return half * Math.abs(1 - z / protocol.transmitFocus()) + DIFFRACTION_WIDTHS * wavelength * z / (2 * half);
    }
}
