package org.modalis.ultrasound;

/**
 * The narrow-band receive field of {@link CpuDelayAndSum} on one line: what the beamformed line at the
 * source's own arrival time sees of an echo from a point source s. The beamformer, at output range r, takes
 * element e's trace at t_e(r) = (r + |p − e|)/c (p = O + u·r on the line, c the assumed speed), Hann-weights it
 * over the expanding aperture |x_e − x_c| &lt; a(r) = max(r/(2F#), pitch) and divides by Σw. The echo of s reaches
 * e at τ_e = m(|s − O| + |s − e|) (m the source's mean slowness). Writing t_e − τ_e = (2r/c − τ₀) + Δt_e with
 * τ₀ = 2m|s − O| (the on-line arrival), the beamformed echo near its peak r_s = c·m·|s − O| is the pulse at τ₀
 * times
 * <pre>  H_rx(s) = Σ_e w_e(r_s)·D(θ_e)·√(r_ref/|s − e|)·exp(+i2πf_c·Δt_e) / Σ_e w_e(r_s),
 *   Δt_e = (|p − e| − r_s)/c − m·(|s − e| − |s − O|),   p = O + u·r_s</pre>
 * — the phase error between the element's true path and the delay the beamformer applies for the on-line
 * point of the same arrival time (c is the scanner's speed setting, m the tissue's: a wrong setting defocuses;
 * each term also carries the element's sensitivity g_e, 0 for a dead element, while Σw counts it as the
 * unaware beamformer does). Narrow-band: each element's envelope shift Δt_e is dropped (kept in the
 * channel model); that is the only approximation besides evaluating the weights at the peak.
 *
 * <p>The beamformer interpolates the traces linearly; averaged over the elements' fractional delays that is a
 * real gain sinc²(πf/fs) on a tone of frequency f (∫₀¹[(1−u)e^{−iθu} + u·e^{iθ(1−u)}]du = sinc²(θ/2), θ = 2πf/fs;
 * 0.950 at 8 samples per period), applied by {@link #interpolationGain}. Immutable after construction.
 */
final class ReceiveBeam {

    private static final double TWO_PI = 2 * Math.PI;

    private final PhasorTable phasors;
    private final DirectivityTable directivity;
    private final double originX;
    private final double dirX;
    private final double dirZ;
    private final double centre;
    private final double receiveFNumber;
    private final double pitch;
    private final double speed;
    private final double[] elementX;
    private final double[] gain;

    /**
     * The receive field of line l with the elements its channel layout records (the ones DAS sums), each with its
     * sensitivity ({@link Transducer#elementGain}: a dead element records nothing, while the beamformer still
     * counts its weight, as a scanner that does not know of the fault does).
     */
    ReceiveBeam(Transducer probe, BeamGeometry geometry, ChannelLayout layout, int l, PhasorTable phasors,
                DirectivityTable directivity) {
        this(recordedElements(layout, l), sensitivities(probe, layout, l), geometry.originX()[l], geometry.dirX()[l],
                geometry.dirZ()[l], geometry.apertureCentre()[l], probe, geometry, phasors, directivity);
    }

    /**
     * The receive field of a line from (originX, 0) along (dirX, dirZ) with the given elements [m] (sorted, one
     * pitch apart) and their sensitivities.
     */
    ReceiveBeam(double[] elementX, double[] gain, double originX, double dirX, double dirZ, double centre,
                Transducer probe, BeamGeometry geometry, PhasorTable phasors, DirectivityTable directivity) {
        this.phasors = phasors;
        this.directivity = directivity;
        this.originX = originX;
        this.dirX = dirX;
        this.dirZ = dirZ;
        this.centre = centre;
        this.receiveFNumber = geometry.receiveFNumber();
        this.pitch = probe.pitch();
        this.speed = geometry.speed();
        this.elementX = elementX.clone();
        this.gain = gain.clone();
    }

    private static double[] sensitivities(Transducer probe, ChannelLayout layout, int l) {
        double[] g = new double[layout.aperture()];
        for (int a = 0; a < g.length; a++) {
            g[a] = layout.elementGain(probe, l, a);
        }
        return g;
    }

    private static double[] recordedElements(ChannelLayout layout, int l) {
        double[] x = new double[layout.aperture()];
        for (int a = 0; a < x.length; a++) {
            x[a] = layout.elementX()[l * layout.aperture() + a];
        }
        return x;
    }

    /**
     * Writes H_rx into {@code out} = {re, im} for a source at (x, z) of mean slowness m [s/m] and echo centre
     * frequency f [Hz].
     */
    void field(double x, double z, double slowness, double frequency, double[] out) {
        field(x, z, slowness, frequency, new Terms(elementX.length), out);
    }

    /**
     * The per-element terms of one sum: scratch space for {@link #field}, one per thread (a line's simulation
     * keeps one for all its sources).
     */
    static final class Terms {
        private final double[] phase;
        private final double[] sinTheta;
        private final double[] spreading;

        Terms(int elements) {
            phase = new double[elements];
            sinTheta = new double[elements];
            spreading = new double[elements];
        }
    }

    /** A scratch {@link Terms} for this beam's elements. */
    Terms terms() {
        return new Terms(elementX.length);
    }

    /**
     * {@link #field(double, double, double, double, double[])} with the caller's scratch terms. Two passes over the
     * aperture: the square roots and divisions first, in a loop of plain arithmetic the JIT compiles to vector
     * instructions, then the table lookups (Hann weight, directivity, phasor) with no branch — one loop doing both was
     * bound by the latency of each element's chain (measured: 515 against 375–405 ns for a 40–50-element sum, 129
     * against 112–115 ns in the near field; the bytes are the same).
     */
    void field(double x, double z, double slowness, double frequency, Terms terms, double[] out) {
        double ox = x - originX;
        double sourceRange = Math.sqrt(ox * ox + z * z);
        double r = speed * slowness * sourceRange;
        double px = originX + dirX * r, pz = dirZ * r;
        double half = Math.max(r / (2 * receiveFNumber), pitch);
        double perSecond = TWO_PI * frequency, hann = Math.PI / half, perSpeed = 1 / speed;
        double pz2 = pz * pz, z2 = z * z;
        int first = firstAtOrAfter(centre - half), last = firstAtOrAfter(centre + half);
        double[] ex = elementX, phase = terms.phase, sinTheta = terms.sinTheta, spreading = terms.spreading;
        for (int e = first; e < last; e++) {
            double dxp = px - ex[e], dxs = x - ex[e];
            double toPoint = Math.sqrt(dxp * dxp + pz2), toSource = Math.sqrt(dxs * dxs + z2);
            double perSource = 1 / toSource;
            phase[e] = perSecond * ((toPoint - r) * perSpeed - slowness * (toSource - sourceRange));
            sinTheta[e] = dxs * perSource;
            spreading[e] = Math.sqrt(TransmitBeam.REFERENCE_RANGE * perSource);
        }
        double re = 0, im = 0, weights = 0;
        for (int e = first; e < last; e++) {
            // An element at the aperture's edge (|d| ≥ a, to the rounding of first and last) has weight 0 exactly.
            double w = 0.5 * (1 + phasors.cos(hann * (ex[e] - centre)));
            double amp = w * gain[e] * directivity.at(sinTheta[e]) * spreading[e];
            int p = PhasorTable.index(phase[e]);
            re += amp * phasors.cosAt(p);
            im += amp * phasors.sinAt(p);
            weights += w;
        }
        out[0] = weights > 0 ? re / weights : 0;
        out[1] = weights > 0 ? im / weights : 0;
    }

    /**
     * Whether {@code other} sums the same elements with the same sensitivities, weights and delays: the same
     * geometry and settings (its directivity and phasor tables are the probe's, which the caller compares).
     */
    boolean sameAs(ReceiveBeam other) {
        return originX == other.originX && dirX == other.dirX && dirZ == other.dirZ && centre == other.centre
                && receiveFNumber == other.receiveFNumber && pitch == other.pitch && speed == other.speed
                && java.util.Arrays.equals(elementX, other.elementX) && java.util.Arrays.equals(gain, other.gain);
    }

    /** Index of the first element with x ≥ {@code x} (the elements are sorted, one pitch apart). */
    private int firstAtOrAfter(double x) {
        int i = (int) Math.ceil((x - elementX[0]) / pitch - 1e-9);
        return Math.max(0, Math.min(elementX.length, i));
    }

    /** Mean gain of linear interpolation of a tone of f [Hz] sampled at fs: sinc²(πf/fs). */
    static double interpolationGain(double frequency, double samplingRate) {
        double a = Math.PI * frequency / samplingRate;
        double sinc = a < 1e-9 ? 1 : Math.sin(a) / a;
        return sinc * sinc;
    }

    /**
     * The factor by which DAS at range r [m] multiplies the variance of white channel noise (independent
     * between elements): Σ_e w_e²·((1 − u_e)² + u_e²) / (Σ_e w_e)², u_e the fractional part of element e's delay
     * t_e·fs at which the beamformer interpolates its trace linearly (an interpolated sample of white noise has
     * variance (1 − u)² + u² times the channel's: 1 on a sample, 1/2 half-way).
     */
    double noiseVarianceFactor(double r, double samplingRate) {
        double half = Math.max(r / (2 * receiveFNumber), pitch);
        double px = originX + dirX * r, pz = dirZ * r;
        double sum = 0, sumSq = 0;
        for (int e = firstAtOrAfter(centre - half), last = firstAtOrAfter(centre + half); e < last; e++) {
            double ex = elementX[e], d = ex - centre;
            if (Math.abs(d) < half) {
                double w = 0.5 * (1 + phasors.cos(Math.PI * d / half));
                double dx = px - ex;
                double t = (r + Math.sqrt(dx * dx + pz * pz)) / speed * samplingRate;
                double u = t - Math.floor(t);
                sum += w;
                sumSq += w * w * ((1 - u) * (1 - u) + u * u);
            }
        }
        return sum > 0 ? sumSq / (sum * sum) : 0;
    }
}
