package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.pipeline.Progress;
import org.modalis.tissue.Tissue;

/**
 * The mirror image against the image-source method: a wire at depth d above a flat reflector at D shows a
 * second echo at 2D − d, as strong as a real wire there times R² (lossless media, so nothing else weakens it).
 */
class MirrorImageTest {

    private static final double D = 0.020, WIRE = 0.015, IMAGE = 2 * D - WIRE;
    private static final Tissue GEL = UsFixtures.tissue("gel", 1540, 1000, 0, 0);
    /** Same speed, a fifth of the density: Z = 0.308 vs 1.54 MRayl, R = (0.308 − 1.54)/(0.308 + 1.54) = −0.667. */
    private static final Tissue LIGHT = UsFixtures.tissue("light", 1540, 200, 0, 0);

    private static UltrasoundResult run(AnalyticPhantom phantom, boolean reverberate) {
        UltrasoundProtocol protocol = UsFixtures.protocol(0.03, IMAGE, 1, 0);
        var job = new UltrasoundJob(phantom, 0, UsFixtures.LINEAR, protocol, List.of(new WireTarget(0, WIRE, 50)), List.of(),
                reverberate, false, 0.1e-3, 1);
        return new UltrasoundPipeline().run(job, Progress.NONE);
    }

    /** {peak envelope, its depth [m]} within ±1 mm of the image depth (parabolic fit). */
    private static double[] peakNearImage(UltrasoundResult r) {
        double perSample = r.job().protocol().metresPerSample(r.layout().samplingRate());
        int k0 = (int) ((IMAGE - 1e-3) / perSample), k1 = (int) ((IMAGE + 1e-3) / perSample);
        float[] e = r.envelope();
        int best = k0;
        for (int k = k0; k <= k1; k++) {
            if (e[k] > e[best]) {
                best = k;
            }
        }
        double a = e[best - 1], b = e[best], c = e[best + 1];
        double offset = 0.5 * (a - c) / (a - 2 * b + c);
        return new double[]{b, (best + offset) * perSample};
    }

    @Test
    void aWireAboveAFlatReflectorReappearsAt2DMinusDWeakenedByRSquared() {
        AnalyticPhantom mirror = UsFixtures.block(GEL, UsFixtures.layer(D, 0.1), LIGHT);
        double[] ghost = peakNearImage(run(mirror, true));
        // The boundary is placed on the medium map's λ/8 = 0.0385 mm steps (±0.019 mm), which the image doubles;
        // the parabolic peak adds a few µm: 0.05 mm.
        assertEquals(IMAGE, ghost[1], 0.05e-3, "mirror depth 2D − d");
        // A real wire at the image position in plain gel, same beams (the focus sits on it): the ghost is R² of it.
        // The image is off by at most 0.04 mm along the beam, where the focal gain changes by < 0.5 %: 1 %.
        var reference = new UltrasoundJob(UsFixtures.block(GEL), 0, UsFixtures.LINEAR, UsFixtures.protocol(0.03, IMAGE, 1, 0),
                List.of(new WireTarget(0, IMAGE, 50)), List.of(), false, false, 0.1e-3, 1);
        double real = peakNearImage(new UltrasoundPipeline().run(reference, Progress.NONE))[0];
        double r = (200.0 * 1540 - 1000.0 * 1540) / (200.0 * 1540 + 1000.0 * 1540);
        assertEquals(r * r, ghost[0] / real, 0.01 * r * r, "ghost / real wire = R²");
    }

    @Test
    void noMirrorWithoutMultipleReflectionsOrWithoutAFlatReflector() {
        AnalyticPhantom mirror = UsFixtures.block(GEL, UsFixtures.layer(D, 0.1), LIGHT);
        double on = peakNearImage(run(mirror, true))[0];
        double off = peakNearImage(run(mirror, false))[0];
        assertTrue(off < 1e-3 * on, "reverberation off: no ghost (" + off + " vs " + on + ")");
        // A 2 mm wide reflector is narrower than the ±1.5 mm over which a mirror must be flat: a small curved or
        // narrow target scatters its reflection away, so it images nothing.
        AnalyticPhantom narrow = UsFixtures.block(GEL, new org.modalis.phantom.Rectangle(0, -(D + 0.04), 0.002, 0.08, 0), LIGHT);
        double small = peakNearImage(run(narrow, true))[0];
        assertTrue(small < 1e-3 * on, "narrow reflector: no ghost (" + small + " vs " + on + ")");
    }
}
