package org.modalis.mri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.image.Image;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Rectangle;
import org.modalis.phantom.Region;
import org.modalis.physics.Rng;
import org.modalis.tissue.MrProperties;
import org.modalis.tissue.RelaxationTimes;
import org.modalis.tissue.Tissue;

/**
 * Fast spin echo against closed forms: ETL 1 is the spin echo, each band of k-space carries its echo's
 * e^(−n·ESP/T2), the T2 blurring equals the transform of those weights, scan time is divided by ETL and motion
 * sees each line at its echo time.
 */
class FastSpinEchoTest {

    private static final MrScanner SCANNER = new MrScanner(1.5);

    private static Tissue tissue(String name, double t1, double t2) {
        RelaxationTimes r = new RelaxationTimes(t1, t2, t2);
        return new Tissue(name, "test", null, new MrProperties(1.0, r, r, 0, "test"));
    }

    static MrProtocol fse(int n, double tr, double te, int etl, double esp, PeriodicMotion motion) {
        return new MrProtocol(PulseSequence.FSE, tr, te, 0, 90, 0.24, 0.24, n, n, 0.005, 0, 1, 130, PhaseDirection.AP, 1,
                false, motion, 1.0, new EchoTrain(etl, esp));
    }

    private static MrProtocol se(int n, double tr, double te) {
        return new MrProtocol(PulseSequence.SE, tr, te, 0, 90, 0.24, 0.24, n, n, 0.005, 0, 1, 130, PhaseDirection.AP, 1,
                false, null);
    }

    private static KSpace acquire(AnalyticPhantom phantom, MrProtocol p) {
        return MrAcquisition.acquire(phantom, SCANNER, p, new Rng(1));
    }

    @Test
    void recoveryOfOneEchoIsTheSpinEchoAndTendsToTheTextbookFormForShortSpacing() {
        double t1 = 0.9, tr = 2.0, te = 0.03;
        double se = 1 - 2 * Math.exp(-(tr - te / 2) / t1) + Math.exp(-tr / t1);
        // Same expression rearranged: equal to double rounding (1e-15).
        assertEquals(se, SignalEquations.fastSpinEchoRecovery(t1, tr, new EchoTrain(1, te)), 1e-15);
        // ETL 16, ESP 5 ms ≪ T1: the inversions keep M_z near 0 during the train, so the exact train meets the textbook
        // 1 − e^(−(TR − ETL·ESP)/T1) to second order in ESP/T1 (computed 3.9e-8); 1e-6 bounds it and fails for a train
        // that ignores the inversions (1 − e^(−TR/T1), 0.010 away) or recovers from the last pulse instead (3.3e-4).
        EchoTrain train = new EchoTrain(16, 0.005);
        assertEquals(1 - Math.exp(-(tr - train.duration()) / t1), SignalEquations.fastSpinEchoRecovery(t1, tr, train), 1e-6);
    }

    @Test
    void echoTrainOfLengthOneReproducesTheSpinEchoKSpace() {
        AnalyticPhantom phantom = new AnalyticPhantom("two", List.of(Region.of(new Rectangle(0.01, -0.02, 0.08, 0.05, 0.3),
                MriFixtures.WATER), Region.of(new Rectangle(-0.05, 0.04, 0.03, 0.06, 0), MriFixtures.FAT)));
        float[] a = acquire(phantom, se(64, 2.0, 0.03)).data();
        float[] b = acquire(phantom, fse(64, 2.0, 0.03, 1, 0.03, null)).data();
        double max = 0;
        for (float v : a) {
            max = Math.max(max, Math.abs(v));
        }
        for (int i = 0; i < a.length; i++) {
            // The two signal expressions differ by double rounding (1e-16) before the float store: equal to one float
            // ulp of the largest sample (6e-8 relative); 1e-6 of the maximum bounds it.
            assertEquals(a[i], b[i], 1e-6 * max, "sample " + i);
        }
    }

    @Test
    void eachBandCarriesTheDecayOfItsEcho() {
        // One water disc: every sample of line p is s_{n(p)}·C(k), so FSE / SE(TE_eff) is the same real number
        // along the line: R·e^(−(TE_n − TE_eff)/T2), R the ratio of the two longitudinal recoveries.
        AnalyticPhantom phantom = MriFixtures.disc(MriFixtures.WATER, 0.01, 0.005, 0.05);
        int n = 64, etl = 8;
        double esp = 0.01, tr = 2.0;
        double teEff = 5 * esp;   // middle echo: the textbook linear order, band b (8 lines) is echo b + 1
        KSpace f = acquire(phantom, fse(n, tr, teEff, etl, esp, null));
        KSpace s = acquire(phantom, se(n, tr, teEff));
        double r = SignalEquations.fastSpinEchoRecovery(1.0, tr, new EchoTrain(etl, esp))
                / (1 - 2 * Math.exp(-(tr - teEff / 2) / 1.0) + Math.exp(-tr / 1.0));
        for (int p = 0; p < n; p++) {
            int echo = (p + 4) % n / 8 + 1;   // bands centred: band 4 = lines 28 … 35 around k_p = 0 (line 32)
            double expected = r * Math.exp(-(echo * esp - teEff) / 0.1);
            for (int c = 0; c < n; c += 7) {
                int o = f.offset(p, c);
                double sr = s.data()[o], si = s.data()[o + 1], fr = f.data()[o], fi = f.data()[o + 1];
                double m2 = sr * sr + si * si;
                // Both samples are one float store of a double product of the same C(k): the ratio is exact to
                // 2 float roundings (1.2e-7); 1e-6 relative as the brief asks.
                assertEquals(expected, (fr * sr + fi * si) / m2, 1e-6 * expected, "line " + p + " column " + c);
                assertEquals(0, (fi * sr - fr * si) / m2, 1e-6 * expected, "line " + p + " column " + c);
            }
        }
    }

    @Test
    void theEffectiveEchoSamplesTheCentreAndEchoTimeGrowsAwayFromIt() {
        // Bands of 8 lines centred on k_p = 0 (line 32): band b = lines 8b − 4 … 8b + 3, band 0 = lines 60 … 63 and 0 … 3.
        // TE_eff = ESP: band b₀ = 4 is echo 1, then centric: bands 5, 3, 6, 2, 7, 1, 0 take echoes 2 … 8.
        EchoTrainOrdering o = EchoTrainOrdering.of(fse(64, 2.0, 0.01, 8, 0.01, null));
        int[] expected = {8, 7, 5, 3, 1, 2, 4, 6};
        for (int line = 0; line < 64; line++) {
            assertEquals(expected[(line + 4) % 64 / 8], o.echo(line), "line " + line);
        }
        // TE_eff = 3·ESP: echoes 3, 4, 2, 5, 1, 6, 7, 8 fill bands 4, 5, 3, 6, 2, 7, 1, 0: the leftover late echoes 7, 8
        // take the outermost bands of the −k side.
        EchoTrainOrdering late = EchoTrainOrdering.of(fse(64, 2.0, 0.03, 8, 0.01, null));
        int[] expectedLate = {8, 7, 1, 2, 3, 4, 5, 6};
        for (int line = 0; line < 64; line++) {
            assertEquals(expectedLate[(line + 4) % 64 / 8], late.echo(line), "line " + line);
        }
        // Shot s reads line 8·b − 4 + s of every band, once per TR, at n·ESP after its excitation: line 43 is
        // shot 7 of band 5 (echo 2).
        assertEquals(7, o.shot(43));
        assertEquals(7 * 2.0 + 2 * 0.01, o.time(43, 0), 1e-12);
    }

    @Test
    void everyTrainIsFullAndTheCentreIsTheEffectiveEcho() {
        // Partial Fourier 3/4 with ETL 8, an odd ETL (3 of 96 lines) and ETL 64 of 128 (2 lines per band): each
        // (shot, echo) pair is read once, each echo reads N_a/ETL lines, k_p = 0 is read at TE_eff.
        MrProtocol[] protocols = {
            new MrProtocol(PulseSequence.FSE, 2.0, 0.03, 0, 90, 0.24, 0.24, 64, 256, 0.005, 0, 1, 130, PhaseDirection.AP, 1,
                    false, null, 0.75, new EchoTrain(8, 0.01)),
            fse(96, 2.0, 0.02, 3, 0.01, null),
            fse(128, 2.0, 0.05, 64, 0.005, null)};
        for (MrProtocol p : protocols) {
            EchoTrainOrdering o = EchoTrainOrdering.of(p);
            int etl = p.echoTrain().length(), shots = p.acquiredPhaseLines() / etl;
            boolean[][] seen = new boolean[shots][etl + 1];
            for (int line = p.firstPhaseLine(); line < p.matrixPhase(); line++) {
                int s = o.shot(line), n = o.echo(line);
                assertTrue(s >= 0 && s < shots && n >= 1 && n <= etl && !seen[s][n], "line " + line + " of " + p);
                seen[s][n] = true;
            }
            assertEquals(p.echoTrain().echoAt(p.te()), o.echo(p.matrixPhase() / 2), "centre of " + p);
        }
    }

    @Test
    void motionSeesEachLineAtItsEchoTime() {
        // A 5 mm translation along y with a 1.3 s period: line p of the moving scan is the still line times
        // e^(−2πi·k_p·d(t_p)), t_p = shot·TR + n·ESP (NEX 1), computed here from the band layout.
        AnalyticPhantom phantom = MriFixtures.disc(MriFixtures.WATER, 0, 0, 0.05);
        PeriodicMotion motion = new PeriodicMotion(0.005, 1.3, true);
        int n = 64, etl = 8, lines = n / etl;
        double esp = 0.012, tr = 0.6;
        KSpace still = acquire(phantom, fse(n, tr, 5 * esp, etl, esp, null));
        KSpace moving = acquire(phantom, fse(n, tr, 5 * esp, etl, esp, motion));
        for (int p = 0; p < n; p++) {
            int u = (p + lines / 2) % n, echo = u / lines + 1;   // middle echo: linear order, bands centred
            double t = (u % lines) * tr + echo * esp;
            double phase = -2 * Math.PI * still.kPhase(p) * motion.displacement(t);
            int o = still.offset(p, n / 2 + 3);
            double sr = still.data()[o], si = still.data()[o + 1];
            double er = sr * Math.cos(phase) - si * Math.sin(phase), ei = sr * Math.sin(phase) + si * Math.cos(phase);
            double mag = Math.hypot(sr, si);
            // Float storage of both (6e-8 relative) and of the double phasor: 1e-5 of the sample's magnitude; a line
            // timed at the start of its TR instead (phase error 2π·k·Δd) misses by far more for lines with k_p ≠ 0.
            assertEquals(er, moving.data()[o], 1e-5 * mag + 1e-12, "line " + p);
            assertEquals(ei, moving.data()[o + 1], 1e-5 * mag + 1e-12, "line " + p);
        }
    }

    @Test
    void anEchoTrainEditReusesTheSpectraWithIdenticalBytes() {
        // ETL, ESP and TE_eff change only the line weights: the memo's spectra from a spin echo serve the FSE run.
        AnalyticPhantom phantom = MriFixtures.disc(MriFixtures.WATER, 0.01, 0, 0.05);
        MriJob se = new MriJob(phantom, SCANNER, se(32, 2.0, 0.04), new CartesianRecon(1, ReconWindow.NONE), List.of(), 3,
                MrSetup.CARTESIAN);
        MriJob train = new MriJob(phantom, SCANNER, fse(32, 2.0, 0.04, 8, 0.01, null), new CartesianRecon(1, ReconWindow.NONE),
                List.of(), 3, MrSetup.CARTESIAN);
        MriSpectraMemo memo = new MriSpectraMemo();
        MriPipeline remembering = new MriPipeline(memo);
        remembering.run(se);
        MriResult edited = remembering.run(train);
        assertEquals(1, memo.hits()[0], "spectra reused");
        org.junit.jupiter.api.Assertions.assertArrayEquals(new MriPipeline().run(train).raw().data(), edited.raw().data());
    }

    @Test
    void scanTimeIsDividedByTheTrainLength() {
        MrProtocol p = new MrProtocol(PulseSequence.FSE, 3.0, 0.1, 0, 90, 0.24, 0.24, 256, 192, 0.005, 0, 2, 130,
                PhaseDirection.AP, 2, false, null, 1.0, new EchoTrain(16, 0.01));
        assertEquals(3.0 * 192 / 16 * 2, p.scanTime(), 0);
        assertEquals(3.0 * 192 * 2, se(192, 3.0, 0.1).withNex(2).scanTime(), 0);
    }

    @Test
    void invalidTrainsAreRefusedNamingTheKeyAndTheAllowedValues() {
        var te = assertThrows(IllegalArgumentException.class, () -> fse(64, 2.0, 0.095, 16, 0.01, null));
        assertTrue(te.getMessage().contains("mri.te_ms") && te.getMessage().contains("nearest allowed: 100 ms"), te.getMessage());
        var late = assertThrows(IllegalArgumentException.class, () -> fse(64, 2.0, 0.17, 16, 0.01, null));
        assertTrue(late.getMessage().contains("[10, 160] ms"), late.getMessage());
        var etl = assertThrows(IllegalArgumentException.class, () -> fse(64, 2.0, 0.02, 12, 0.01, null));
        assertTrue(etl.getMessage().contains("mri.etl") && etl.getMessage().contains("1, 2, 4, 8, 16, 32, 64"), etl.getMessage());
        var tr = assertThrows(IllegalArgumentException.class, () -> fse(64, 0.15, 0.02, 16, 0.01, null));
        assertTrue(tr.getMessage().contains("before TR"), tr.getMessage());
    }

    @Test
    void shortT2StructuresBlurByTheTransformOfTheLineWeights() {
        // A strip 3 pixels wide along phase (y), long along readout: along phase the image is |Σ_p F(k_p)·w_p·e^(2πik_p·y)|
        // with F the strip's 1-D spectrum W·sinc(W·k) and w_p = e^(−(TE_n(p) − TE_eff)/T2) (the constant recovery and
        // readout factors do not change a width). Predicted here on a 0.01-pixel grid, independently of the simulator.
        int n = 64, etl = 16;
        double esp = 0.01, teEff = esp, pixel = 0.24 / n, width = 3 * pixel;   // first echo effective: centric order
        for (double t2 : new double[] {0.04, 2.0}) {
            Tissue t = tissue("t2-" + t2, t2 > 1 ? 4.0 : 0.8, t2);   // CSF-like: T1 4 s, T2 2 s
            AnalyticPhantom strip = new AnalyticPhantom("strip", List.of(Region.of(new Rectangle(0, 0, 0.15, width, 0), t)));
            double measured1 = measuredFwhm(strip, fse(n, 3.0, teEff, 1, teEff, null));
            double measured16 = measuredFwhm(strip, fse(n, 3.0, teEff, etl, esp, null));
            double[] weights = new double[n];
            java.util.Arrays.fill(weights, 1);
            double predicted1 = predictedFwhm(width, n, weights);
            for (int p = 0; p < n; p++) {
                // Bands of 4 lines centred on k_p = 0 (band b = lines 4b − 2 … 4b + 1, d = b − 8 from the centre band):
                // centric, echo 1 at d = 0, echo 2d above, 2|d| + 1 below, the last band (d = −8) echo 16.
                int d = (p + 2) % n / 4 - 8, echo = d > 0 ? 2 * d : d == 0 ? 1 : Math.min(2 * -d + 1, etl);
                weights[p] = Math.exp(-(echo * esp - teEff) / t2);
            }
            double predicted16 = predictedFwhm(width, n, weights);
            // Measured: T2 40 ms 3.023 → 3.909 px (predicted 3.025 → 3.897); T2 2 s 3.023 → 3.028 px (3.025 → 3.031).
            // The image is the same trigonometric sum sampled every 1/4 pixel (zero-fill 4), the half-maximum found by
            // linear interpolation: a few % of a pixel. 10 % of the growth (0.87 px for T2 40 ms) is the brief's bound.
            double growth = predicted16 - predicted1;
            assertEquals(growth, measured16 - measured1, 0.1 * Math.abs(growth) + 0.02 * pixel, "T2 " + t2);
            assertEquals(predicted16, measured16, 0.03 * predicted16, "T2 " + t2);
            if (t2 > 1) {
                // CSF-like T2 2 s: 150 ms of train change the weights by < 8 %, the width by < 1 %.
                assertEquals(measured1, measured16, 0.01 * measured1);
            } else {
                assertTrue(growth > 0.2 * predicted1, "short T2 must blur visibly: growth " + growth / pixel + " px");
            }
        }
    }

    /** FWHM [m] along y of the column through x = 0 of the image, zero-filled 4×, half-maximum by linear interpolation. */
    private static double measuredFwhm(AnalyticPhantom phantom, MrProtocol p) {
        Image img = new CartesianRecon(4, ReconWindow.NONE).reconstruct(acquire(phantom, p), p).magnitude();
        var g = img.grid();
        int col = 0;
        for (int i = 0; i < g.nx(); i++) {
            col = Math.abs(g.x(i)) < Math.abs(g.x(col)) ? i : col;
        }
        double[] v = new double[g.ny()];
        for (int j = 0; j < g.ny(); j++) {
            v[j] = img.data()[j * g.nx() + col];
        }
        return fwhm(v, g.dy());
    }

    /** FWHM [m] of |Σ_p F(k_p)·w_p·e^(2πik_p·y)|, F = W·sinc(W·k), on a 0.01-pixel grid over ±8 pixels. */
    private static double predictedFwhm(double width, int n, double[] w) {
        double dy = 0.01 * 0.24 / n;
        double[] v = new double[1601];
        for (int j = 0; j < v.length; j++) {
            double y = (j - 800) * dy, re = 0, im = 0;
            for (int p = 0; p < n; p++) {
                double k = (p - n / 2) * (1 / 0.24), a = Math.PI * width * k;
                double f = width * (a == 0 ? 1 : Math.sin(a) / a) * w[p];
                re += f * Math.cos(2 * Math.PI * k * y);
                im += f * Math.sin(2 * Math.PI * k * y);
            }
            v[j] = Math.hypot(re, im);
        }
        return fwhm(v, dy);
    }

    /** Width between the half-maximum crossings on either side of the peak, linearly interpolated. */
    private static double fwhm(double[] v, double step) {
        int peak = 0;
        for (int i = 0; i < v.length; i++) {
            peak = v[i] > v[peak] ? i : peak;
        }
        double half = v[peak] / 2;
        int hi = peak, lo = peak;
        while (v[hi + 1] >= half) {
            hi++;
        }
        while (v[lo - 1] >= half) {
            lo--;
        }
        double right = hi + (v[hi] - half) / (v[hi] - v[hi + 1]);
        double left = lo - (v[lo] - half) / (v[lo] - v[lo - 1]);
        return (right - left) * step;
    }
}
