package org.modalis.ultrasound;

/**
 * The narrow-band transmit field of one scan line: each active element fires with the delay that brings its
 * wave to the focal point F together with a wave from the line origin O, so the field at a point s, relative
 * to a wave arriving at time |s − O|/c, is the phasor sum (a monochromatic Huygens sum at f₀ over the elements,
 * 2-D cylindrical spreading √(r_ref/r), strip directivity)
 * <pre>  H(s) = Σ_j w_j·D(θ_j)·√(r_ref/r_j)·exp(−ik(r_j − |F − e_j| + |F − O| − |s − O|)) / Σ_j w_j</pre>
 * with r_j = |s − e_j|, k = 2πf₀/1540 m/s. It carries focal gain, side lobes and — for a steered array of
 * pitch above λ/2 — grating lobes. Rectangular apodization (w_j = 1) over the elements within half the
 * transmit aperture D = F/F# of the line's centre, times each element's sensitivity (0 for a dead one).
 * The focusing delays are the scanner's, computed with its assumed speed c_a: the terms |F − e_j| and |F − O|
 * take k_a = 2πf₀/c_a, so a wrong speed setting leaves a residual phase across the aperture (defocus).
 */
final class TransmitBeam {

    /** Reference range of the 2-D spreading factor: amplitudes are 1 at 1 cm. */
    static final double REFERENCE_RANGE = 0.01;

    private final PhasorTable phasors;
    private final DirectivityTable directivity;
    private final double k;
    private final double originX;
    /** k_a·|F − O|: the delay of the line origin's own (virtual) firing, as the scanner computes it. */
    private final double focalPhase;
    private final double[] elementX;
    private final double[] weightRe;
    private final double[] weightIm;
    /** The probe index of the first active element (the active ones are consecutive). */
    private final int firstElement;
    final double halfAperture;

    TransmitBeam(Transducer probe, UltrasoundProtocol protocol, ScanLines lines, int l, PhasorTable phasors,
                 DirectivityTable directivity) {
        this.phasors = phasors;
        this.directivity = directivity;
        this.k = 2 * Math.PI / probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED);
        double kScanner = 2 * Math.PI / probe.wavelength(protocol.assumedSpeed());
        this.originX = lines.originX(l);
        double fx = originX + lines.dirX(l) * protocol.transmitFocus();
        double fz = lines.dirZ(l) * protocol.transmitFocus();
        double centre = probe.type() == ArrayType.LINEAR ? originX : 0;
        halfAperture = halfAperture(probe, protocol);
        int count = 0;
        int[] active = new int[probe.elements()];
        for (int j = 0; j < probe.elements(); j++) {
            if (Math.abs(probe.elementX(j) - centre) <= halfAperture + 1e-12) {
                active[count++] = j;
            }
        }
        if (count == 0) { // a focus too shallow for one element: fire the nearest
            active[count++] = ChannelLayout.firstElement(probe, centre, 1);
        }
        firstElement = active[0];
        elementX = new double[count];
        weightRe = new double[count];
        weightIm = new double[count];
        focalPhase = kScanner * Math.hypot(fx - originX, fz);
        for (int j = 0; j < count; j++) {
            elementX[j] = probe.elementX(active[j]);
            double phase = kScanner * Math.hypot(fx - elementX[j], fz); // g_j·exp(+ik_a|F − e_j|) / N
            double w = probe.elementGain(active[j]) / count;
            weightRe[j] = Math.cos(phase) * w;
            weightIm[j] = Math.sin(phase) * w;
        }
    }

    /** Half the transmit aperture [m]: D/2 = F/(2F#), at most the array's half-width plus half a pitch. */
    static double halfAperture(Transducer probe, UltrasoundProtocol protocol) {
        double arrayHalf = (probe.elements() - 1) * probe.pitch() / 2;
        return Math.min(protocol.transmitFocus() / protocol.transmitFNumber() / 2, arrayHalf + probe.pitch() / 2);
    }

    /** The active elements' x offsets [m] from the line origin. */
    double[] elementOffsets() {
        double[] d = new double[elementX.length];
        for (int j = 0; j < d.length; j++) {
            d[j] = elementX[j] - originX;
        }
        return d;
    }

    /** Number of active elements (the N of the 1/N normalisation, dead ones included). */
    int elementCount() {
        return elementX.length;
    }

    /**
     * Writes Σ_i c_i·(element index[i]'s term of H(x, z)) into {@code out} = {re, im}: part of the sum of
     * {@link #field}, with the same normalisation and reference phase. Lets a clipped or faulty aperture be
     * written as this (complete) beam less the terms it lacks.
     */
    void partialField(double x, double z, int[] index, double[] coefficient, double[] out) {
        double re = 0, im = 0;
        for (int i = 0; i < index.length; i++) {
            int j = index[i];
            double dx = x - elementX[j];
            double r = Math.sqrt(dx * dx + z * z);
            double amp = coefficient[i] * directivity.at(dx / r) * Math.sqrt(REFERENCE_RANGE / r);
            double phase = -k * r;
            double c = phasors.cos(phase) * amp, s = phasors.sin(phase) * amp;
            re += weightRe[j] * c - weightIm[j] * s;
            im += weightRe[j] * s + weightIm[j] * c;
        }
        toReference(x, z, re, im, out);
    }

    /**
     * Writes H(x, z) into {@code out} = {re, im}. One division and one phasor index per element (the element sum
     * is the inner loop of the channel model and of the sources next to the face).
     */
    void field(double x, double z, double[] out) {
        double re = 0, im = 0;
        for (int j = 0; j < elementX.length; j++) {
            double dx = x - elementX[j];
            double r = Math.sqrt(dx * dx + z * z), perRange = 1 / r;
            double amp = directivity.at(dx * perRange) * Math.sqrt(REFERENCE_RANGE * perRange);
            int p = PhasorTable.index(-k * r);
            double c = phasors.cosAt(p) * amp, s = phasors.sinAt(p) * amp;
            re += weightRe[j] * c - weightIm[j] * s;
            im += weightRe[j] * s + weightIm[j] * c;
        }
        toReference(x, z, re, im, out);
    }

    /**
     * Writes every element's wave at (x, z), D·√(r_ref/r)·e^{−ikr} (the factor {@link #field} weights), into
     * {@code out[base + 2e]} (re) and {@code out[base + 2e + 1]} (im) for each element e of {@code probe}: what every
     * line's transmit field at that point is made of, so a source many lines visit sums them once
     * ({@link NearFaceWaves}). The same arithmetic as {@link #field}, so {@link #field(double[], int, double, double,
     * double[])} gives its very bytes.
     */
    void elementWaves(Transducer probe, double x, double z, double[] out, int base) {
        for (int e = 0; e < probe.elements(); e++) {
            double dx = x - probe.elementX(e);
            double r = Math.sqrt(dx * dx + z * z), perRange = 1 / r;
            double amp = directivity.at(dx * perRange) * Math.sqrt(REFERENCE_RANGE * perRange);
            int p = PhasorTable.index(-k * r);
            out[base + 2 * e] = phasors.cosAt(p) * amp;
            out[base + 2 * e + 1] = phasors.sinAt(p) * amp;
        }
    }

    /** {@link #field(double, double, double[])} from the element waves at (x, z) written by {@link #elementWaves}. */
    void field(double[] waves, int base, double x, double z, double[] out) {
        double re = 0, im = 0;
        for (int j = 0, w = base + 2 * firstElement; j < weightRe.length; j++, w += 2) {
            double c = waves[w], s = waves[w + 1];
            re += weightRe[j] * c - weightIm[j] * s;
            im += weightRe[j] * s + weightIm[j] * c;
        }
        toReference(x, z, re, im, out);
    }

    /** Writes (re + i·im)·e^(i(k|s − O| − k_a|F − O|)) into {@code out}: the field relative to the line origin's wave. */
    private void toReference(double x, double z, double re, double im, double[] out) {
        double ox = x - originX;
        double ref = k * Math.sqrt(ox * ox + z * z) - focalPhase;
        double c = phasors.cos(ref), s = phasors.sin(ref);
        out[0] = re * c - im * s;
        out[1] = re * s + im * c;
    }
}
