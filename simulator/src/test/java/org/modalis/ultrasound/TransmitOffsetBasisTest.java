package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The transmit tables of lines at their own offsets from the element grid, built through the frame's Chebyshev
 * offset basis, against the same tables summed over every element; and which frames use the basis or share tables.
 */
class TransmitOffsetBasisTest {

    /** What {@link OwnLineTables#of} works out for a frame: the table builder and each line's aperture. */
    private record Frame(LineTransmitTables tx, double[] offset, int[][] elements, double[][] gains) {

        static Frame of(Transducer probe, UltrasoundProtocol protocol) {
            ScanLines lines = ScanLines.of(probe, protocol);
            PhasorTable phasors = new PhasorTable();
            DirectivityTable directivity = new DirectivityTable(probe, probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED));
            TransmitBeams beams = new TransmitBeams(probe, protocol, lines, phasors, directivity);
            TableLattices lattices = TableLattices.of(probe, beams, protocol.depth());
            Transducer healthy = probe.withFaults(List.of());
            ElementWaves waves = new ElementWaves(healthy, lattices.transmit(), 0, lattices.transmitPerPitch(), phasors,
                    directivity);
            LineTransmitTables tx = new LineTransmitTables(probe, protocol, lattices.transmitPerPitch(),
                    lattices.transmit(), waves, phasors);
            OwnLineTables.Apertures a = OwnLineTables.Apertures.of(probe, lines, beams);
            return new Frame(tx, a.offset(), a.elements(), a.gains());
        }

        TransmitOffsetBasis basis() {
            return OwnLineTables.cheaperBasis(tx, offset, elements, gains, OwnLineTables.sameTables(offset, elements, gains));
        }
    }

    @Test
    void basisTablesMatchTheElementSums() {
        // shadowing's frame: 32 lines over 16 mm (0.516 mm apart on a 0.3 mm pitch): every line at its own offset.
        Frame frame = Frame.of(UsFixtures.LINEAR, UsFixtures.protocol(0.032, 0.02, 32, 0.016));
        TransmitOffsetBasis basis = frame.basis();
        assertNotNull(basis, "a frame of 32 offsets uses the basis");
        // 33 active elements, their weights' phases turn by up to ~1.4 rad across a pitch: degree 4–7.
        assertTrue(basis.terms() >= 4 && basis.terms() <= 9, "terms " + basis.terms());
        assertMatches(frame, basis, 2e-5);
    }

    @Test
    void clippedAndFaultyAperturesMatchToo() {
        // 64 lines over the whole array, two dead elements and a weak one: the lines at the ends lack core elements and
        // lines over a fault carry it at its own sensitivity — both as exact terms beside the basis.
        Transducer faulty = UsFixtures.LINEAR.withFaults(List.of(new ElementFault(40, 0), new ElementFault(64, 0),
                new ElementFault(90, 0.5)));
        Frame frame = Frame.of(faulty, UsFixtures.protocol(0.04, 0.02, 64, 0.0379));
        TransmitOffsetBasis basis = frame.basis();
        assertNotNull(basis);
        assertMatches(frame, basis, 2e-5);
    }

    @Test
    void linesAtTheSameOffsetShareOneTable() {
        // focal-zones' frame: 41 lines 0.1 mm apart on a 0.3 mm pitch sit at three offsets; with their clipped
        // neighbours excluded, every interior line shares the table of the first line at its offset.
        Frame frame = Frame.of(UsFixtures.LINEAR, UsFixtures.protocol(0.04, 0.01, 41, 0.004));
        int[] same = OwnLineTables.sameTables(frame.offset, frame.elements, frame.gains);
        assertEquals(3, Arrays.stream(same).distinct().count(), Arrays.toString(same));
        for (int l = 0; l < same.length; l++) {
            assertEquals(frame.offset[same[l]], frame.offset[l], 1e-12);
        }
        // Three tables of 20 elements cost less than a basis of at least 3 tables plus the lines' terms.
        assertNull(frame.basis());
    }

    @Test
    void aBasisReproducesEveryWeightAtTheLinesOffsets() {
        Frame frame = Frame.of(UsFixtures.LINEAR, UsFixtures.protocol(0.032, 0.02, 32, 0.016));
        int[] core = frame.basis().core();
        TransmitOffsetBasis basis = TransmitOffsetBasis.of(frame.tx, core, frame.offset);
        double[] t = new double[basis.terms()];
        // An interpolant of lower degree fails the tolerance somewhere (the degree is the smallest that reaches it).
        assertTrue(basis.terms() > 1);
        basis.chebyshev(frame.offset[0], t);
        assertEquals(1, t[0], 0);
    }

    private static void assertMatches(Frame frame, TransmitOffsetBasis basis, double tolerance) {
        int size = 2 * frame.tx.grid.size();
        float[] direct = new float[size], viaBasis = new float[size];
        double worst = 0;
        for (int l = 0; l < frame.offset.length; l++) {
            frame.tx.fill(frame.offset[l], frame.elements[l], frame.gains[l], direct);
            frame.tx.fill(frame.offset[l], frame.elements[l], frame.gains[l], basis, viaBasis);
            double peak = 0, diff = 0;
            for (int i = 0; i < size; i += 2) {
                peak = Math.max(peak, Math.hypot(direct[i], direct[i + 1]));
                diff = Math.max(diff, Math.hypot(direct[i] - viaBasis[i], direct[i + 1] - viaBasis[i + 1]));
            }
            worst = Math.max(worst, diff / peak);
        }
        System.out.printf("offset basis: %d terms over %d core elements, largest difference %.2e of the line's peak%n",
                basis.terms(), basis.coreSize(), worst);
        // The interpolants hold every weight to 1e-5, so the sum differs by at most 1e-5 of Σ|E| ≤ the peak times
        // N/|Σ V·E|; float rounding of 30–60 terms adds ~1e-6.
        assertTrue(worst < tolerance, "largest difference " + worst);
    }
}
