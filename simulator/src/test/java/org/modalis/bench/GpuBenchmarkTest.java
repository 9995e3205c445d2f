package org.modalis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.gpu.GlTestBase;

/** The side-by-side benchmark's bookkeeping on a tiny case (no timing assertions: the machine is shared). */
class GpuBenchmarkTest extends GlTestBase {

    @Test
    void reportsEveryOperatorWithBothTimesAndAgreement() {
        List<GpuBenchmark.Result> results = new GpuBenchmark(0, 1).run(gl(), 32, 20);
        assertEquals(List.of("backproject parallel", "backproject fan (arc)", "project Joseph parallel",
                        "FBP parallel (filter on CPU)", "FBP parallel (filter on GPU)", "beamform DAS (linear)",
                        "gridding radial (spread)"),
                results.stream().map(GpuBenchmark.Result::operator).toList());
        assertEquals(32L * 32 * 20, results.get(0).updates(), "CT updates: pixels × views");
        for (GpuBenchmark.Result r : results) {
            assertTrue(r.cpuSeconds() > 0 && r.gpuSeconds() > 0, r.describe());
            assertEquals(r.updates() / r.gpuSeconds() / 1e9, r.gpuGups(), 1e-9 * r.gpuGups());
            // The twins agree to float rounding (bounds in the parity tests); relative 1e-4 of the data's scale
            // (CT images up to ~20, beamformed noise ~1, gridded values up to ~1e6) only guards the bookkeeping.
            assertTrue(r.maxAbsDiff() < (r.operator().startsWith("gridding") ? 1e2 : 1e-3), r.describe());
            assertTrue(r.describe().startsWith("| " + r.operator()), r.describe());
        }
    }
}
