package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.pipeline.Progress;

/** Fully developed speckle: the envelope is Rayleigh distributed, SNR = √(π/(4 − π)) = 1.913 (Wagner et al. 1983). */
class SpeckleTest {

    @Test
    void speckleSnrIsRayleigh() {
        // A 10 mm band of scattering tissue (15 scatterers per resolution cell) in a lossless anechoic medium of
        // the same impedance: no interface echoes, no attenuation; only the band costs simulation time.
        var gel = UsFixtures.tissue("gel", 1540, 1000, 0, 0);
        var liver = UsFixtures.tissue("liver", 1540, 1000, 0, 1);
        AnalyticPhantom phantom = UsFixtures.block(gel, UsFixtures.layer(0.020, 0.030), liver);
        var job = UsFixtures.job(phantom, UsFixtures.LINEAR, UsFixtures.protocol(0.032, 0.025, 48, 0.010), List.of(), List.of(), 7);
        UltrasoundResult r = new UltrasoundPipeline().run(job, Progress.NONE);
        // Each depth row is divided by its lateral mean first: the beam's focal gain and the 1/r spreading change
        // the mean with depth, which would add variance that is not speckle.
        int n = r.layout().samples();
        double perMetre = 2 * r.layout().samplingRate() / UltrasoundProtocol.NOMINAL_SPEED;
        double sum = 0, sumSq = 0;
        int count = 0;
        for (int k = (int) (0.021 * perMetre); k < (int) (0.029 * perMetre); k++) {
            double mean = 0;
            for (int l = 0; l < r.lines().count(); l++) {
                mean += r.envelope()[l * n + k] / r.lines().count();
            }
            for (int l = 0; l < r.lines().count(); l++) {
                double v = r.envelope()[l * n + k] / mean;
                sum += v;
                sumSq += v * v;
                count++;
            }
        }
        double mean = sum / count, sd = Math.sqrt(sumSq / count - mean * mean);
        // 10 mm × 8 mm holds ~570 resolution cells (0.23 mm × 0.62 mm); the SNR estimate from ~570 independent
        // Rayleigh samples has a standard error of about 0.05, so ±0.1 is two standard errors.
        assertEquals(Math.sqrt(Math.PI / (4 - Math.PI)), mean / sd, 0.1);
    }
}
