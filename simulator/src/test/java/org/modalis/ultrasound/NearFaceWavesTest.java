package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modalis.physics.Rng;

/**
 * The element waves summed once per source next to the face ({@link NearFaceWaves}) must give every line's transmit
 * field with the very bytes of the element sum ({@link TransmitBeam#field(double, double, double[])}) they replace:
 * the beam-domain frame's bytes must not depend on which of the two computed a pair.
 */
class NearFaceWavesTest {

    @Test
    void everyLineReadsTheElementSumsBytes() {
        Transducer probe = UsFixtures.LINEAR;
        UltrasoundProtocol protocol = UsFixtures.protocol(0.03, 0.015, 24, 0.012);
        ScanLines lines = ScanLines.of(probe, protocol);
        PhasorTable phasors = new PhasorTable();
        TransmitBeams beams = new TransmitBeams(probe, protocol, lines, phasors,
                new DirectivityTable(probe, probe.wavelength(1540)));
        Rng rng = new Rng(11);
        EchoSources.Builder builder = new EchoSources.Builder();
        for (int k = 0; k < 400; k++) { // the first 3 mm, including points above the first element's row
            builder.add((2 * rng.uniform() - 1) * 0.012, 3e-3 * rng.uniform(), 1, 1 / 1540.0, 5e6);
        }
        SourceBands bands = new SourceBands(builder.build(), 40e6);
        double depth = 1.5e-3;
        NearFaceWaves near = new NearFaceWaves(probe, beams.beam(0), bands, depth);
        int held = 0;
        double[] direct = new double[2], tabulated = new double[2];
        for (int s = 0; s < bands.x.length; s++) {
            if (bands.z[s] < depth) {
                assertTrue(near.holds(s), "a source above the depth must be held: z = " + bands.z[s]);
            }
            if (!near.holds(s)) {
                continue;
            }
            held++;
            for (int l = 0; l < lines.count(); l++) {
                beams.beam(l).field(bands.x[s], bands.z[s], direct);
                near.field(beams.beam(l), s, bands.x[s], bands.z[s], tabulated);
                assertEquals(Double.doubleToRawLongBits(direct[0]), Double.doubleToRawLongBits(tabulated[0]));
                assertEquals(Double.doubleToRawLongBits(direct[1]), Double.doubleToRawLongBits(tabulated[1]));
            }
        }
        assertTrue(held > 150 && held < 400, "the bands down to 2 mm hold about two thirds of the sources: " + held);
    }
}
