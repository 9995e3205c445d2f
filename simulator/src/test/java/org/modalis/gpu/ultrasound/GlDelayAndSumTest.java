package org.modalis.gpu.ultrasound;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.modalis.gpu.GlTestBase;
import org.modalis.gpu.Parity;
import org.modalis.physics.Rng;
import org.modalis.ultrasound.BeamGeometry;
import org.modalis.ultrasound.ChannelLayout;
import org.modalis.ultrasound.CpuDelayAndSum;

/**
 * The GL delay-and-sum against its CPU twin on a linear array (sliding 33-element sub-aperture, 48 lines) and a
 * phased array (64 elements, 41 lines steered ±40°), with channel data made of random echoes (Gaussian-enveloped
 * carrier at fs/4, as the simulator's RF at 4 samples per period).
 */
class GlDelayAndSumTest extends GlTestBase {

    private static final double PITCH_LINEAR = 0.3e-3;
    private static final double PITCH_PHASED = 0.2e-3;
    private static GlDelayAndSum linear;
    private static GlDelayAndSum phased;

    @BeforeEach
    void compileOnce() {
        if (linear == null) {
            linear = new GlDelayAndSum(gl(), PITCH_LINEAR);
            phased = new GlDelayAndSum(gl(), PITCH_PHASED);
        }
    }

    @AfterAll
    static void release() {
        if (linear != null) {
            linear.close();
            phased.close();
            linear = null;
            phased = null;
        }
    }

    record Case(String name, ChannelLayout layout, BeamGeometry geometry, double pitch) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of(linearArray()), Arguments.of(phasedArray()));
    }

    /** 128-element linear array, 0.3 mm pitch, 48 lines 0.3 mm apart, sub-aperture of 33 elements, F# 1.5. */
    static Case linearArray() {
        int lines = 48, aperture = 33, samples = 1200;
        float[] ex = new float[lines * aperture];
        float[] ox = new float[lines], dx = new float[lines], dz = new float[lines], centre = new float[lines];
        for (int l = 0; l < lines; l++) {
            ox[l] = (float) ((l - lines / 2) * PITCH_LINEAR);
            dz[l] = 1f;
            centre[l] = ox[l];
            for (int a = 0; a < aperture; a++) {
                ex[l * aperture + a] = (float) ((l - lines / 2 + a - aperture / 2) * PITCH_LINEAR);
            }
        }
        return new Case("linear 48 lines × 33 elements", new ChannelLayout(lines, aperture, samples, 20e6, ex),
                new BeamGeometry(ox, dx, dz, centre, 1.5, 1540), PITCH_LINEAR);
    }

    /** 64-element phased array, 0.2 mm pitch, 41 lines from −40° to 40° through the array centre, F# 2. */
    static Case phasedArray() {
        int lines = 41, aperture = 64, samples = 1000;
        float[] ex = new float[lines * aperture];
        float[] ox = new float[lines], dx = new float[lines], dz = new float[lines], centre = new float[lines];
        for (int l = 0; l < lines; l++) {
            double theta = Math.toRadians(-40 + 2 * l);
            dx[l] = (float) Math.sin(theta);
            dz[l] = (float) Math.cos(theta);
            for (int a = 0; a < aperture; a++) {
                ex[l * aperture + a] = (float) ((a - (aperture - 1) / 2.0) * PITCH_PHASED);
            }
        }
        return new Case("phased 41 lines × 64 elements", new ChannelLayout(lines, aperture, samples, 14e6, ex),
                new BeamGeometry(ox, dx, dz, centre, 2.0, 1540), PITCH_PHASED);
    }

    /** Random echoes: 40 per trace, Gaussian envelope σ = 2 samples, carrier of 4 samples per period, none in the last 40 samples. */
    static float[] echoes(ChannelLayout layout, long seed) {
        Rng rng = new Rng(seed);
        int n = layout.samples();
        float[] data = new float[layout.lines() * layout.lineSize()];
        for (int trace = 0; trace < layout.lines() * layout.aperture(); trace++) {
            for (int e = 0; e < 40; e++) {
                double t0 = 20 + rng.uniform() * (n - 80);
                double amp = rng.gaussian();
                for (int k = Math.max(0, (int) t0 - 10); k < Math.min(n, (int) t0 + 10); k++) {
                    double u = k - t0;
                    data[trace * n + k] += (float) (amp * Math.exp(-u * u / 8) * Math.cos(Math.PI / 2 * u));
                }
            }
        }
        return data;
    }

    /**
     * Tolerance: the kernel forms the delay t = (r + √(Δx² + z²))/c·fs in float; GLSL 4.30 (§4.7.1) allows
     * sqrt and division 2.5–3 ULP each, so with the products and sums t errs by at most ~12 ULP of t, i.e.
     * 12·2⁻²⁴·2·t_max samples, which moves an interpolated value by that × the largest sample-to-sample change of
     * the data. The Hann weights (cos in float, ≤ 4e-6 absolute here) and the normalised float sum add
     * ≤ 1e-5 × max|data|. A delay off by one sample or a wrong weight changes the output by ~max|data|.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithTheCpuTwin(Case c) {
        ChannelLayout layout = c.layout();
        float[] channels = echoes(layout, 11);
        float[] cpu = new float[layout.lines() * layout.samples()];
        float[] gpu = new float[cpu.length];
        new CpuDelayAndSum(c.pitch()).beamform(channels, layout, c.geometry(), cpu);
        (c.pitch() == PITCH_LINEAR ? linear : phased).beamform(channels, layout, c.geometry(), gpu);
        double maxStep = 0;
        for (int i = 1; i < channels.length; i++) {
            maxStep = Math.max(maxStep, Math.abs(channels[i] - channels[i - 1]));
        }
        double tMax = 2.0 * layout.samples();
        double tolerance = 12 * Math.ulp(1.0f) / 2 * tMax * maxStep + 1e-5 * Parity.maxAbs(channels);
        Parity.assertWithin("das " + c.name(), cpu, gpu, tolerance, layout.lines(), layout.samples());
    }

    /** Batches of lines (here 5 lines per dispatch) give the very floats of one dispatch: lines are independent. */
    @org.junit.jupiter.api.Test
    void batchesOfLinesGiveTheSameRf() {
        Case c = linearArray();
        float[] channels = echoes(c.layout(), 3);
        float[] one = new float[c.layout().lines() * c.layout().samples()];
        float[] batched = new float[one.length];
        linear.beamform(channels, c.layout(), c.geometry(), one);
        try (GlDelayAndSum small = new GlDelayAndSum(gl(), PITCH_LINEAR, 5L * 4 * c.layout().lineSize())) {
            small.beamform(channels, c.layout(), c.geometry(), batched);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(one, batched);
    }
}
