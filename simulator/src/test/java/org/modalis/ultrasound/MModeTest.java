package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** M-mode of a sinusoidally moving wall: the echo's depth over time traces z(t) = z₀ + A·sin(2πft). */
class MModeTest {

    @Test
    void wallEchoFollowsTheWallMotion() {
        var gel = UsFixtures.tissue("gel", 1540, 1000, 0, 0);
        var job = UsFixtures.job(UsFixtures.block(gel), UsFixtures.LINEAR, UsFixtures.protocol(0.03, 0.02, 1, 0), List.of(), List.of(), 1);
        MovingWall wall = new MovingWall(0.02, 0.003, 1, 0.3, 0.004);
        MModeImaging.MModeResult r = new MModeImaging().run(job, wall, 20, 20); // one cycle in 20 firings
        double perMetre = 2 * r.samplingRate() / UltrasoundProtocol.NOMINAL_SPEED;
        for (int f = 0; f < r.frames(); f++) {
            int best = 0;
            for (int k = 1; k < r.samples(); k++) {
                if (r.envelope()[k * r.frames() + f] > r.envelope()[best * r.frames() + f]) {
                    best = k;
                }
            }
            // The peak sample is within half a sample (0.01 mm) of the true depth, plus a quarter wavelength for the
            // interface points' placement: 0.1 mm is comfortably above both and far below the 3 mm excursion.
            assertEquals(wall.depthAt(f / 20.0), best / perMetre, 1e-4, "firing " + f);
        }
    }
}
