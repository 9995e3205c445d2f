package org.modalis.ultrasound;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.modalis.physics.Rng;

/**
 * One frame of plane-wave compounding ({@link PlaneWaves}) with a linear array, simulated per element and beamformed
 * per line, angle by angle. For angle θ every element e fires at (x_e − x₀)·sin θ / c_a (x₀ the element that fires
 * first, c_a the scanner's speed), so the wave reaches a source s at T(s) = m_s·((x_s − x₀)·sin θ + z_s·cos θ) and
 * element e records
 * <pre>  A_s·H_θ(s)·g_e·D(θ_e)·√(r_ref/r_e) · g(t − τ)·cos(2πf_c,s(t − τ) + arg H_θ(s)),   τ = T(s) + m_s·r_e</pre>
 * with H_θ(s) = Σ_e g_e·D·√(r_ref/r_e)·e^{−i(k·r_e + k_a·(x_e − x₀)·sin θ)}·e^{ik((x_s − x₀)·sin θ + z_s·cos θ)} / N the
 * narrow-band field of the whole aperture relative to the ideal plane (edge waves and the finite aperture's
 * diffraction included). Delay-and-sum then focuses each point p at range r of line l with
 * τ = ((x_l − x₀)·sin θ + r·cos θ + |p − e|)/c_a, the Hann-weighted expanding aperture of {@link CpuDelayAndSum}, and
 * the lines of all angles are averaged coherently. Each element records the sources within z/F# + 2 mm of it (the
 * widest receive aperture that can use its trace at that depth is z/(2F#)). Electronic noise is white per element
 * trace and beamformed separately. Elements and lines run in parallel; the bytes do not depend on the thread count.
 */
final class PlaneWaveImaging {

    /** Lateral margin [m] beyond z/F# within which an element records a source. */
    static final double RECORD_MARGIN = 2e-3;

    private final Transducer probe;
    private final UltrasoundProtocol protocol;
    private final ScanLines lines;
    private final ChannelLayout layout;
    private final PlaneWaves waves;
    private final EchoSources sources;
    private final PulseStamp stamp;
    private final PhasorTable phasors = new PhasorTable();
    private final DirectivityTable directivity;
    private final double k;
    private final double kScanner;
    /** The elements' x [m], as the beamformer reads them ({@link ChannelLayout#elementX} likewise). */
    private final float[] elementX;
    /** Per source: the carrier's phase per sample ω = 2πf/fs and its rotation cos ω, sin ω (every element, every wave). */
    private final double[] omega;
    private final double[] stepCos;
    private final double[] stepSin;
    /** Samples per element trace: the line's record plus the longest firing delay. */
    private final int traceSamples;

    PlaneWaveImaging(Transducer probe, UltrasoundProtocol protocol, ScanLines lines, ChannelLayout layout,
                     PlaneWaves waves, EchoSources sources) {
        if (probe.type() != ArrayType.LINEAR) {
            throw new IllegalArgumentException("plane-wave compounding needs a linear array, got " + probe.name());
        }
        this.probe = probe;
        this.protocol = protocol;
        this.lines = lines;
        this.layout = layout;
        this.waves = waves;
        this.sources = sources;
        directivity = new DirectivityTable(probe, probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED));
        k = 2 * Math.PI / probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED);
        kScanner = 2 * Math.PI / probe.wavelength(protocol.assumedSpeed());
        stamp = new PulseStamp(new GaussianPulse(probe.centreFrequencyHz(), probe.fractionalBandwidth()),
                layout.samplingRate(), phasors);
        omega = new double[sources.count()];
        stepCos = new double[omega.length];
        stepSin = new double[omega.length];
        for (int s = 0; s < omega.length; s++) {
            omega[s] = 2 * Math.PI * sources.centreFrequency[s] / layout.samplingRate();
            stepCos[s] = Math.cos(omega[s]);
            stepSin[s] = Math.sin(omega[s]);
        }
        elementX = new float[probe.elements()];
        for (int e = 0; e < elementX.length; e++) {
            elementX[e] = (float) probe.elementX(e);
        }
        double width = (probe.elements() - 1) * probe.pitch();
        traceSamples = layout.samples() + (int) Math.ceil(width * Math.sin(waves.span() / 2) / protocol.assumedSpeed()
                * layout.samplingRate() * 1.2) + 2;
    }

    /**
     * Writes every line's compounded noise-free RF into {@code signal} and its beamformed electronic noise into
     * {@code noise} (lines × samples each); {@code angleDone} hears of each angle.
     */
    void simulate(float[] signal, float[] noise, Rng noiseRng, IntConsumer angleDone) {
        int n = layout.samples(), elements = probe.elements();
        float[] lineSignal = new float[signal.length], lineNoise = new float[noise.length];
        float[] traces = new float[elements * traceSamples], noiseTraces = new float[elements * traceSamples];
        double sd = Math.pow(10, protocol.noiseDb() / 20);
        for (int w = 0; w < waves.count(); w++) {
            double theta = waves.angle(w), sin = Math.sin(theta), cos = Math.cos(theta);
            double x0 = sin >= 0 ? probe.elementX(0) : probe.elementX(elements - 1);
            double[][] field = transmitField(sin, cos, x0);
            Rng stream = noiseRng.stream(w);
            IntStream.range(0, elements).parallel().forEach(e -> {
                record(e, sin, cos, x0, field, traces);
                Rng elementNoise = stream.stream(e);
                for (int i = e * traceSamples, end = i + traceSamples; i < end; i++) {
                    noiseTraces[i] = (float) (sd * elementNoise.gaussian());
                }
            });
            IntStream.range(0, lines.count()).parallel().forEach(l -> {
                beamform(traces, l, sin, cos, x0, lineSignal, l * n);
                beamform(noiseTraces, l, sin, cos, x0, lineNoise, l * n);
            });
            for (int i = 0; i < signal.length; i++) {
                signal[i] += lineSignal[i] / waves.count();
                noise[i] += lineNoise[i] / waves.count();
            }
            angleDone.accept(w);
        }
    }

    /** H_θ(s) of every source: {re[], im[]} (relative to the ideal plane's arrival). */
    private double[][] transmitField(double sin, double cos, double x0) {
        int count = sources.count(), elements = probe.elements();
        double[] re = new double[count], im = new double[count];
        IntStream.range(0, count).parallel().forEach(s -> {
            double x = sources.x[s], z = sources.z[s], sumRe = 0, sumIm = 0;
            for (int e = 0; e < elements; e++) {
                double ex = probe.elementX(e), dx = x - ex, r = Math.sqrt(dx * dx + z * z);
                double amp = probe.elementGain(e) * directivity.at(dx / r) * Math.sqrt(TransmitBeam.REFERENCE_RANGE / r);
                int p = PhasorTable.index(-(k * r + kScanner * (ex - x0) * sin));
                sumRe += amp * phasors.cosAt(p);
                sumIm += amp * phasors.sinAt(p);
            }
            int p = PhasorTable.index(k * ((x - x0) * sin + z * cos));
            double c = phasors.cosAt(p) / elements, sn = phasors.sinAt(p) / elements;
            re[s] = sumRe * c - sumIm * sn;
            im[s] = sumRe * sn + sumIm * c;
        });
        return new double[][] {re, im};
    }

    /** Element e's noise-free trace of angle θ into {@code traces[e·traceSamples …]} (cleared first). */
    private void record(int e, double sin, double cos, double x0, double[][] field, float[] traces) {
        int base = e * traceSamples;
        java.util.Arrays.fill(traces, base, base + traceSamples, 0f);
        double gain = probe.elementGain(e);
        if (gain == 0) {
            return;
        }
        double ex = probe.elementX(e), fs = layout.samplingRate(), fNumber = protocol.receiveFNumber();
        double reach = sources.maxDepth() / fNumber + RECORD_MARGIN;
        for (int s = sources.firstAtOrAfter(ex - reach), last = sources.firstAtOrAfter(ex + reach + 1e-12); s < last; s++) {
            double x = sources.x[s], z = sources.z[s], dx = x - ex;
            if (Math.abs(dx) > Math.max(z, 0) / fNumber + RECORD_MARGIN) {
                continue;
            }
            double m = sources.slowness[s], r = Math.sqrt(dx * dx + z * z);
            double arrival = m * ((x - x0) * sin + z * cos);
            double a = sources.amplitude[s] * gain * directivity.at(dx / r) * Math.sqrt(TransmitBeam.REFERENCE_RANGE / r);
            stamp.add(traces, base, traceSamples, (arrival + m * r) * fs, omega[s], stepCos[s], stepSin[s],
                    a * field[0][s], a * field[1][s]);
        }
    }

    /** Delay-and-sum of line l from the element traces of angle θ into {@code out[offset …]}: the plane's transmit path. */
    private void beamform(float[] traces, int l, double sin, double cos, double x0, float[] out, int offset) {
        int n = layout.samples(), elements = probe.elements();
        double fs = layout.samplingRate(), c = protocol.assumedSpeed(), xl = lines.originX(l);
        double fNumber = protocol.receiveFNumber(), pitch = probe.pitch();
        for (int k = 0; k < n; k++) {
            double r = c * k / (2 * fs);
            double half = Math.max(r / (2 * fNumber), pitch);
            int first = Math.max(0, (int) Math.ceil((xl - half - elementX[0]) / pitch));
            int last = Math.min(elements - 1, (int) Math.floor((xl + half - elementX[0]) / pitch));
            out[offset + k] = CpuDelayAndSum.focus(traces, first * traceSamples, traceSamples, traceSamples, elementX,
                    first, last + 1, xl, half, xl, r, (xl - x0) * sin + r * cos, c, fs);
        }
    }
}
