package org.modalis.ct.acquisition;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.modalis.ct.CtGeometry;
import org.modalis.ct.Sinogram;
import org.modalis.phantom.Phantom;
import org.modalis.phantom.Ray;
import org.modalis.physics.Rng;
import org.modalis.tissue.Tissue;
import org.modalis.tissue.XrayMaterial;

/**
 * The CT forward model: phantom → energy-integrated detector readings → log-normalised sinogram.
 * <ol>
 *   <li>Each detector element traces {@code oversample} rays across its aperture; the phantom answers
 *   the exact per-tissue path lengths L_t of each ray (no inverse crime).</li>
 *   <li>Polychromatic Beer–Lambert: S = Σ_rays Σ_e (w_e/oversample)·exp(−Σ_t L_t μ_t(E_e)) — intensities are
 *   averaged over the aperture, not line integrals, so partial volume at edges is nonlinear as on a real
 *   detector (the exponential edge-gradient effect).</li>
 *   <li>Quantum noise: an energy-integrating reading is a compound Poisson sum with mean m = Σ N_e E_e p_e
 *   and variance v = Σ N_e E_e² p_e. It is drawn as (v/m)·Poisson(m²/v): exact mean and variance, exactly
 *   Poisson for a single energy, non-negative and discrete at low counts (photon starvation). Electronic
 *   noise adds a Gaussian term in units of the open beam's mean detected quantum.</li>
 *   <li>A miscalibrated element multiplies its reading by its gain, which the air calibration S₀ did not
 *   see (rings).</li>
 *   <li>Log normalisation p = −ln(max(S, S_floor)/S₀), with the floor at half a mean quantum: a real
 *   detector's reading cannot fall below its offset, and a starved ray gives a bounded, wrong value.</li>
 * </ol>
 * Patient motion moves the rays the other way. Views run in parallel; each takes its own random stream
 * {@code rng.stream(view)}, so the result is identical whatever the thread count.
 */
public final class CtAcquisition {

    private final Phantom phantom;
    private final CtScanner scanner;
    private final CtProtocol protocol;
    private final DetectorExposure exposure;
    private final WaterCalibration calibration;
    private final double[][] muByTissue;

    /**
     * @param spectrumAtDetector the beam's photon spectrum after all filtration, per mm² per mAs at 1 m
     * @param water              water, for the scanner's calibration
     * @param air                air, for the HU scale
     */
    public CtAcquisition(Phantom phantom, CtScanner scanner, CtProtocol protocol,
                         org.modalis.physics.XraySpectrum spectrumAtDetector, XrayMaterial water, XrayMaterial air) {
        this.phantom = phantom;
        this.scanner = scanner;
        this.protocol = protocol;
        double masPerView = protocol.exposureMas() / protocol.views();
        this.exposure = DetectorExposure.of(spectrumAtDetector, scanner.detectorDistanceM(),
                scanner.elementAreaMm2(protocol.sliceM()), masPerView);
        this.calibration = new WaterCalibration(exposure, water, air);
        this.muByTissue = attenuationTable(phantom.tissues(), exposure.energiesKev());
    }

    public DetectorExposure exposure() {
        return exposure;
    }

    public WaterCalibration calibration() {
        return calibration;
    }

    /** Acquires all views. {@code onView} is told each finished view (progress), from any thread. */
    public CtRawData acquire(Rng rng, IntConsumer onView) {
        return detect(project(onView), rng);
    }

    /**
     * The noise-free projection: every element's mean reading and quantum variance (step 1–2 of the class
     * comment), the expensive part. It depends on the phantom, the scanner, and the protocol apart from the
     * exposure, the noise settings and the element gains ({@link #projectionKey}).
     */
    public NoiseFreeProjection project(IntConsumer onView) {
        CtGeometry geometry = scanner.geometry(protocol);
        int bins = geometry.bins();
        double[] mean = new double[geometry.views() * bins];
        double[] variance = new double[mean.length];
        double duration = protocol.durationS(scanner.arcRad(protocol));
        IntStream.range(0, geometry.views()).parallel().forEach(view -> {
            ViewWorkspace ws = new ViewWorkspace(phantom.tissues().size(), exposure.bins());
            double t = (view + 0.5) / geometry.views() * duration;
            protocol.motion().displacement(t, duration, ws.shift);
            for (int bin = 0; bin < bins; bin++) {
                mean[view * bins + bin] = expectedReading(geometry, view, bin, ws);
                variance[view * bins + bin] = ws.variance;
            }
            onView.accept(view);
        });
        return new NoiseFreeProjection(geometry, masPerView(), mean, variance);
    }

    /**
     * Steps 3–5 on a noise-free projection made for this phantom and scanner (perhaps at another mAs:
     * means and variances are rescaled to this protocol's exposure): element gains, quantum and
     * electronic noise drawn from {@code rng.stream(view)} per view, the floor, and the log.
     */
    public CtRawData detect(NoiseFreeProjection projection, Rng rng) {
        CtGeometry geometry = projection.geometry();
        int bins = geometry.bins();
        float[] data = new float[geometry.views() * bins];
        double[] gains = gains(bins);
        double scale = projection.scaledTo(masPerView());
        double quantum = exposure.quantumEnergyKev();
        double floor = 0.5 * quantum;
        double openSignal = exposure.openSignal();
        AtomicLong starved = new AtomicLong();
        IntStream.range(0, geometry.views()).parallel().forEach(view -> {
            Rng viewRng = rng.stream(view);
            long s = 0;
            for (int bin = 0; bin < bins; bin++) {
                int k = view * bins + bin;
                double reading = projection.mean()[k] * scale * gains[bin];
                if (protocol.noise()) {
                    reading = noisyReading(reading, projection.variance()[k] * scale * gains[bin] * gains[bin], quantum, viewRng);
                }
                if (reading <= floor) {
                    reading = floor;
                    s++;
                }
                data[k] = (float) -Math.log(reading / openSignal);
            }
            starved.addAndGet(s);
        });
        return new CtRawData(new Sinogram(geometry, data), calibration, exposure, starved.get());
    }

    /**
     * What {@link #project} depends on besides the phantom and the scanner: the protocol with the exposure
     * (1 mAs), the noise settings and the element gains neutralised. Two protocols with equal keys give the
     * same noise-free projection up to the linear mAs scale.
     */
    public static CtProtocol projectionKey(CtProtocol p) {
        return new CtProtocol(p.views(), p.arcDeg(), p.shortScan(), p.sliceM(), p.rotationS(), p.beam(), 1.0, false, 0.0,
                java.util.List.of(), p.motion());
    }

    private double masPerView() {
        return protocol.exposureMas() / protocol.views();
    }

    /** Mean reading of one element (sets ws.variance to its quantum variance). */
    private double expectedReading(CtGeometry geometry, int view, int bin, ViewWorkspace ws) {
        int os = scanner.oversample();
        double mean = 0;
        double var = 0;
        for (int s = 0; s < os; s++) {
            double u = geometry.binCoordinate(bin + (s + 0.5) / os); // sub-rays spread over the element [k, k+1)
            Ray ray = geometry.ray(view, u);
            if (ws.shift[0] != 0 || ws.shift[1] != 0) {
                ray = ray.translated(-ws.shift[0], -ws.shift[1], 0);
            }
            java.util.Arrays.fill(ws.lengths, 0);
            phantom.pathLengths(ray, ws.lengths);
            mean += transmitted(ws);
            var += ws.varianceOfRay;
        }
        ws.variance = var / os;
        return mean / os;
    }

    /** Σ_e w_e·exp(−A_e) for the path lengths in ws (also its quantum variance Σ_e w_e E_e exp(−A_e)). */
    private double transmitted(ViewWorkspace ws) {
        int nt = 0;
        for (int t = 0; t < ws.lengths.length; t++) {
            if (ws.lengths[t] != 0) {
                ws.active[nt++] = t;
            }
        }
        double[] w = exposure.weights();
        double[] en = exposure.energiesKev();
        double sum = 0;
        double var = 0;
        for (int e = 0; e < w.length; e++) {
            double a = 0;
            for (int k = 0; k < nt; k++) {
                int t = ws.active[k];
                a += ws.lengths[t] * muByTissue[t][e];
            }
            double v = w[e] * Math.exp(-a);
            sum += v;
            var += v * en[e];
        }
        ws.varianceOfRay = var;
        return sum;
    }

    /** @param quantum the open beam's mean detected quantum [keV] ({@link DetectorExposure#quantumEnergyKev}) */
    private double noisyReading(double mean, double variance, double quantum, Rng rng) {
        double reading = 0;
        if (mean > 0 && variance > 0) {
            double energyPerCount = variance / mean;
            reading = energyPerCount * rng.poisson(mean / energyPerCount);
        }
        if (protocol.electronicNoise() > 0) {
            reading += protocol.electronicNoise() * quantum * rng.gaussian();
        }
        return reading;
    }

    private double[] gains(int bins) {
        double[] g = new double[bins];
        java.util.Arrays.fill(g, 1);
        for (BadBin b : protocol.badBins()) {
            if (b.bin() >= bins) {
                throw new org.modalis.UserInputException("bad bin " + b.bin() + " does not exist: the detector has "
                        + bins + " elements (0–" + (bins - 1) + ")", null, 0, 0, "ct.bad_bins", null);
            }
            g[b.bin()] = b.gain();
        }
        return g;
    }

    private static double[][] attenuationTable(List<Tissue> tissues, double[] energies) {
        double[][] mu = new double[tissues.size()][energies.length];
        for (int t = 0; t < tissues.size(); t++) {
            Tissue tissue = tissues.get(t);
            if (tissue.xray() == null) {
                throw new org.modalis.UserInputException("tissue '" + tissue.name() + "' has no X-ray properties");
            }
            for (int e = 0; e < energies.length; e++) {
                mu[t][e] = tissue.xray().mu(energies[e]);
            }
        }
        return mu;
    }

    /** Per-view scratch, so the hot loop allocates nothing per ray. */
    private static final class ViewWorkspace {
        final double[] lengths;
        final int[] active;
        final double[] shift = new double[2];
        double variance;
        double varianceOfRay;

        ViewWorkspace(int tissues, int energies) {
            lengths = new double[tissues];
            active = new int[tissues];
        }
    }
}
