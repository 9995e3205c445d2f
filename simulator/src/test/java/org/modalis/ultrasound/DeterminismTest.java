package org.modalis.ultrasound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.modalis.pipeline.Progress;

/** Same seed → the same bytes, whatever the number of threads; another seed → other speckle. */
class DeterminismTest {

    private static UltrasoundJob job(long seed) {
        return job(seed, new UltrasoundProtocol(0.012, 0.008, 8, 2e-3, 2, 2, 0, 0, 60, -30, 8, -40));
    }

    private static UltrasoundJob job(long seed, UltrasoundProtocol protocol) {
        var t = UsFixtures.tissue("t", 1540, 1000, 0.5, 1);
        return UsFixtures.job(UsFixtures.block(t), UsFixtures.LINEAR, protocol, List.of(), List.of(), seed);
    }

    @Test
    void sameSeedSameBytesOnOneThreadOrMany() throws Exception {
        // 8 lines over 2 mm (each at its own offset from the element grid), and 64 lines two pitches apart over the
        // whole array (shared tables; the clipped lines at both ends derived in runs): the beam-domain model's two
        // kinds of tables, in parallel or not.
        for (UltrasoundJob job : List.of(job(5), job(5, new UltrasoundProtocol(0.012, 0.008, 64,
                126 * UsFixtures.LINEAR.pitch(), 2, 2, 0, 0, 60, -30, 8, -40)))) {
            float[] many = new UltrasoundPipeline().run(job, Progress.NONE).rf();
            ForkJoinPool one = new ForkJoinPool(1);
            try {
                float[] single = one.submit(() -> new UltrasoundPipeline().run(job, Progress.NONE).rf()).get();
                assertArrayEquals(many, single);
            } finally {
                one.shutdown();
            }
        }
        assertFalse(Arrays.equals(new UltrasoundPipeline().run(job(5), Progress.NONE).rf(),
                new UltrasoundPipeline().run(job(6), Progress.NONE).rf()));
    }
}
