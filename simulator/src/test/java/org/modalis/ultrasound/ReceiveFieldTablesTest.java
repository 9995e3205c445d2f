package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.physics.Rng;

/**
 * The receive table with its corrections for the echo's slowness and frequency against the beamformer's element sum
 * ({@link ReceiveBeam#field}) of an unbounded array: sources over a transmit cone from 5 to 40 mm, their slowness and
 * frequency off the rows' by the tolerances (±2 %, ±6 %), where the neglected orders are largest.
 */
class ReceiveFieldTablesTest {

    private static final Transducer PROBE = UsFixtures.LINEAR;
    private static final double ROW_SLOWNESS = 1 / 1560.0, ROW_FREQUENCY = 4.5e6;

    /** rms |H_table − H_sum| over the samples, relative to the on-axis |H_sum| at each sample's depth. */
    private static double error(double slownessOff, double frequencyOff, boolean correct) {
        UltrasoundProtocol protocol = UsFixtures.protocol(0.04, 0.02, 1, 0);
        ScanLines lines = ScanLines.of(PROBE, protocol);
        PhasorTable phasors = new PhasorTable();
        DirectivityTable directivity = new DirectivityTable(PROBE, PROBE.wavelength(1540));
        TransmitBeams beams = new TransmitBeams(PROBE, protocol, lines, phasors, directivity);
        TableLattices lattices = TableLattices.of(PROBE, beams, 0.04);
        LineFrameGrid grid = lattices.receive();
        double[] f = new double[grid.rows], m = new double[grid.rows];
        java.util.Arrays.fill(f, ROW_FREQUENCY);
        java.util.Arrays.fill(m, ROW_SLOWNESS);
        ReceiveFieldTables tables = new ReceiveFieldTables(PROBE, 2, 1540, 0, lattices.receivePerPitch(), grid,
                new EchoProfile.Rows(f, m), phasors, directivity);
        LineFields.Lattice lattice = LineFields.Lattice.of(grid, grid);
        LineFields fields = new LineFields(lattice, null, 1, 0, lattice, tables.sums, tables.corrections(),
                Double.POSITIVE_INFINITY, new EchoProfile.Rows(f, m), 0.1 * PROBE.centreFrequencyHz());
        ReceiveBeam direct = unbounded(protocol, lines, phasors, directivity);
        Rng rng = new Rng(5);
        double err = 0, ref = 0;
        double[] table = new double[2], sum = new double[2], axis = new double[2];
        for (int k = 0; k < 3000; k++) {
            double z = 0.005 + 0.035 * rng.uniform(), u = (2 * rng.uniform() - 1) * beams.coneHalfWidth(0, z);
            double slowness = ROW_SLOWNESS * (1 + slownessOff * (rng.uniform() < 0.5 ? -1 : 1));
            double frequency = ROW_FREQUENCY * (1 + frequencyOff * (rng.uniform() < 0.5 ? -1 : 1));
            fields.receive(u, z, correct ? slowness : ROW_SLOWNESS, correct ? frequency : ROW_FREQUENCY, table);
            direct.field(u, z, slowness, frequency, sum);
            direct.field(0, z, slowness, frequency, axis);
            err += (table[0] - sum[0]) * (table[0] - sum[0]) + (table[1] - sum[1]) * (table[1] - sum[1]);
            ref += axis[0] * axis[0] + axis[1] * axis[1];
        }
        return Math.sqrt(err / ref);
    }

    /** The beamformer's receive field of a line at x = 0 on an array extending 36 mm either side. */
    private static ReceiveBeam unbounded(UltrasoundProtocol protocol, ScanLines lines, PhasorTable phasors,
                                         DirectivityTable directivity) {
        double[] x = new double[241], gain = new double[241];
        for (int e = 0; e < x.length; e++) {
            x[e] = (e - 120) * PROBE.pitch();
            gain[e] = 1;
        }
        return new ReceiveBeam(x, gain, 0, 0, 1, 0, PROBE, BeamGeometry.of(PROBE, protocol, lines), phasors, directivity);
    }

    @Test
    void correctionsForSlownessAndFrequencyMatchTheElementSums() {
        double exact = error(0, 0, true), slowness = error(0.02, 0, true), frequency = error(0, 0.06, true);
        double both = error(0.02, 0.06, true), uncorrected = error(0.02, 0.06, false);
        System.out.printf("receive table vs element sums: %.4f at the rows' echo; corrected, %.4f with slowness ±2 %%, "
                + "%.4f with frequency ±6 %%, %.4f with both; %.4f uncorrected%n", exact, slowness, frequency, both,
                uncorrected);
        // At the rows' own echo: the bilinear interpolation alone (λ/4 × λ/2, doubled below 16λ): measured 0.05 %.
        assertTrue(exact < 0.001, "interpolation " + exact);
        // Off it by the tolerances, the neglected third orders: measured 0.07 % (slowness), 0.06 % (frequency), 0.13 %
        // (both). The bounds, ~1.7× those, fail if a second-order term is dropped (measured 0.26 % without ∂²S/∂m²,
        // 0.18 % without ∂²S/∂f², 0.36 % without ∂²S/∂f∂m, 0.48 % without the weight's derivatives).
        assertTrue(slowness < 0.0012, "slowness corrected " + slowness);
        assertTrue(frequency < 0.0012, "frequency corrected " + frequency);
        assertTrue(both < 0.0025, "both corrected " + both);
        // Without the corrections the defocus and the phase error are 26× larger (3.4 %).
        assertTrue(uncorrected > 10 * both, "the corrections matter here: " + uncorrected);
    }

    /**
     * The one receive table all lines of an {@link OwnLineTables} frame share beyond {@link
     * OwnLineTables#NEAR_FIELD_PITCHES}: a line whose element grid is offset by p/8 … p/2 sees there the field of a line on
     * the grid, to a small part of the on-axis field. Nearer the face the aperture holds too few elements and the
     * fields part (so those echoes sum their elements).
     */
    @Test
    void beyondTheNearFieldTheReceiveFieldDoesNotDependOnTheLinesOffset() {
        double near = offsetDependence(OwnLineTables.NEAR_FIELD_PITCHES), face = offsetDependence(3);
        System.out.printf("receive field, line off the element grid: %.2e of on-axis at %d pitches, %.2e at 3%n", near,
                OwnLineTables.NEAR_FIELD_PITCHES, face);
        // Measured 1.25e-3 (max) at 6 pitches — 4.4e-4 rms, below the table's own interpolation error — 6.3e-2 at 3.
        assertTrue(near < 2e-3, "offset dependence " + near);
        assertTrue(face > 10 * near, "the near field does depend on it: " + face);
    }

    /** max over the cone and δ = p/8 … p/2 of |H_δ − H_0| over the on-axis |H_0|, at the depth where a = P pitches. */
    private static double offsetDependence(int pitches) {
        UltrasoundProtocol protocol = UsFixtures.protocol(0.04, 0.02, 1, 0);
        ScanLines lines = ScanLines.of(PROBE, protocol);
        PhasorTable phasors = new PhasorTable();
        DirectivityTable directivity = new DirectivityTable(PROBE, PROBE.wavelength(1540));
        TransmitBeams beams = new TransmitBeams(PROBE, protocol, lines, phasors, directivity);
        double z = 2 * protocol.receiveFNumber() * pitches * PROBE.pitch();
        ReceiveBeam onGrid = shifted(0, protocol, lines, phasors, directivity);
        double[] h0 = new double[2], h = new double[2], axis = new double[2];
        onGrid.field(0, z, 1 / 1540.0, 5e6, axis);
        double scale = Math.hypot(axis[0], axis[1]), worst = 0, width = beams.coneHalfWidth(0, z);
        for (double fraction : new double[] {0.125, 0.25, 0.375, 0.5}) {
            ReceiveBeam off = shifted(fraction * PROBE.pitch(), protocol, lines, phasors, directivity);
            for (int i = -200; i <= 200; i++) {
                double u = width * i / 200.0;
                onGrid.field(u, z, 1 / 1540.0, 5e6, h0);
                off.field(u, z, 1 / 1540.0, 5e6, h);
                worst = Math.max(worst, Math.hypot(h[0] - h0[0], h[1] - h0[1]) / scale);
            }
        }
        return worst;
    }

    /** {@link #unbounded} with its element grid moved by δ. */
    private static ReceiveBeam shifted(double offset, UltrasoundProtocol protocol, ScanLines lines, PhasorTable phasors,
                                       DirectivityTable directivity) {
        double[] x = new double[241], gain = new double[241];
        for (int e = 0; e < x.length; e++) {
            x[e] = (e - 120) * PROBE.pitch() + offset;
            gain[e] = 1;
        }
        return new ReceiveBeam(x, gain, 0, 0, 1, 0, PROBE, BeamGeometry.of(PROBE, protocol, lines), phasors, directivity);
    }
}
