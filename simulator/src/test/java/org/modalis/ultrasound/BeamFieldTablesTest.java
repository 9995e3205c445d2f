package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.physics.Rng;

/**
 * The tabulated fields against the same fields summed over the elements: a frame of random scatterers in a
 * 1540 m/s medium whose echoes are downshifted with depth (as attenuation does), simulated by the beam-domain
 * model with and without tables, on lines one pitch apart (so interior lines share their tables).
 */
class BeamFieldTablesTest {

    private static EchoSources scatterers(int count, double halfWidth, double depth, long seed) {
        Rng rng = new Rng(seed);
        EchoSources.Builder b = new EchoSources.Builder();
        for (int i = 0; i < count; i++) {
            double x = (2 * rng.uniform() - 1) * halfWidth, z = rng.uniform() * depth; // from the face down
            // 0.5 dB/(cm·MHz) at 60 % bandwidth: the centre falls by ~0.19 MHz per cm of depth (GaussianPulse).
            double f = 5e6 - 0.19e6 * z / 0.01;
            b.add(x, z, rng.gaussian(), 1 / 1540.0, f);
        }
        return b.build();
    }

    /**
     * Scatterers under a slower layer that thins out sideways: their mean slowness rises by up to 3 % with depth (as
     * under fat, 1450 m/s) and varies by ±1.8 % across the frame, and their echo frequency by ±4 % (as behind a cyst),
     * so the receive table's rows (at each depth's median echo) are corrected to second order for most sources and
     * the others sum their elements.
     */
    private static EchoSources layered(int count, double halfWidth, double depth, long seed) {
        Rng rng = new Rng(seed);
        EchoSources.Builder b = new EchoSources.Builder();
        for (int i = 0; i < count; i++) {
            double x = (2 * rng.uniform() - 1) * halfWidth, z = rng.uniform() * depth;
            double c = 1540 / (1 + 0.03 * (1 - Math.exp(-z / 0.005)) + 0.018 * Math.sin(x / 0.003));
            b.add(x, z, rng.gaussian(), 1 / c, 5e6 - 0.19e6 * z / 0.01 + 0.2e6 * Math.sin(x / 0.004));
        }
        return b.build();
    }

    private static float[] frame(Transducer probe, UltrasoundProtocol protocol, EchoSources sources, boolean tabulate) {
        ScanLines lines = ScanLines.of(probe, protocol);
        ChannelLayout layout = ChannelLayout.of(probe, protocol, lines);
        BeamGeometry geometry = BeamGeometry.of(probe, protocol, lines);
        var sim = new BeamDomainSimulation(probe, protocol, lines, layout, geometry, sources, tabulate);
        float[] rf = new float[lines.count() * layout.samples()];
        sim.simulate(rf, l -> { });
        return rf;
    }

    @Test
    void tabulatedFrameMatchesTheElementSums() {
        int lines = 48;
        double span = (lines - 1) * UsFixtures.LINEAR.pitch();
        assertTablesMatch(UsFixtures.LINEAR, UsFixtures.protocol(0.04, 0.02, lines, span), span / 2);
    }

    @Test
    void edgeLinesWithClippedAperturesMatchToo() {
        // 64 lines two pitches apart over the whole 38 mm array: the outer lines' transmit apertures and expanding
        // receive apertures run into the array's ends (receive: the tabulated field less the missing elements).
        assertTablesMatch(UsFixtures.LINEAR, UsFixtures.protocol(0.04, 0.02, 64, 126 * UsFixtures.LINEAR.pitch()), 0.02);
    }

    @Test
    void linesBetweenElementsMatchToo() {
        // 40 lines over 11.7 mm: 0.3 mm apart, 0.9 % more than the pitch, so every line sits at its own offset from the
        // element grid: each builds its own transmit table and reads the shared far-field receive table.
        assertTablesMatch(UsFixtures.LINEAR, UsFixtures.protocol(0.04, 0.02, 40, 0.0117), 0.0085);
    }

    @Test
    void echoesSlowedByLayersMatchToo() {
        int lines = 48;
        double span = (lines - 1) * UsFixtures.LINEAR.pitch();
        assertTablesMatch(UsFixtures.LINEAR, UsFixtures.protocol(0.04, 0.02, lines, span),
                layered(4000, span / 2, 0.04, 12));
        assertTablesMatch(UsFixtures.LINEAR, UsFixtures.protocol(0.04, 0.02, 40, 0.0117), layered(4000, 0.0085, 0.04, 13));
    }

    @Test
    void faultyElementsMatchToo() {
        // Two dead elements and a weak one: transmit apertures holding them read the complete aperture's table less
        // their terms; receive fields fall back to the element sums once the aperture reaches a fault.
        Transducer faulty = UsFixtures.LINEAR.withFaults(List.of(new ElementFault(40, 0), new ElementFault(64, 0),
                new ElementFault(90, 0.5)));
        assertTablesMatch(faulty, UsFixtures.protocol(0.04, 0.02, 64, 126 * UsFixtures.LINEAR.pitch()), 0.02);
    }

    private static void assertTablesMatch(Transducer probe, UltrasoundProtocol protocol, double halfWidth) {
        assertTablesMatch(probe, protocol, scatterers(4000, halfWidth, 0.04, 11));
    }

    private static void assertTablesMatch(Transducer probe, UltrasoundProtocol protocol, EchoSources sources) {
        float[] direct = frame(probe, protocol, sources, false), table = frame(probe, protocol, sources, true);
        double err = 0, ref = 0;
        for (int i = 0; i < direct.length; i++) {
            err += (table[i] - direct[i]) * (table[i] - direct[i]);
            ref += direct[i] * direct[i];
        }
        double relative = Math.sqrt(err / ref);
        System.out.printf("tables vs element sums: relative rms RF difference %.4f (%.1f dB)%n", relative, 20 * Math.log10(relative));
        // Measured 0.71 % (−43 dB) on interior lines; 0.89 % over the whole array, where a clipped line's field is
        // the complete aperture's (interpolated) less exact terms, so its interpolation error grows by
        // N_complete/N_line (≤ 2 at the ends). Bilinear interpolation on the λ/8 × λ/4 grid loses ~Δφ²/8 where the phase
        // turns by Δφ per cell (≤ 0.3 rad on the main lobe: 1 %); the first-order frequency correction leaves
        // (2πδfΔt)²/2 ≈ 0.3 % at the ±0.1 MHz spread of a row. 1 % bounds both; halving the grid steps brings the
        // difference to 0.24 %, so it is the interpolation, falling as the square of the step, as it should.
        assertTrue(relative < 0.01, "relative rms difference " + relative);
    }
}
