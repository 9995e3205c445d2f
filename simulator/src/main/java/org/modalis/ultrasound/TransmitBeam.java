package org.modalis.ultrasound;

/**
 * The narrow-band transmit field of one scan line: each active element fires with the delay that brings its
 * wave to the focal point F together with a wave from the line origin O, so the field at a point s, relative
 * to a wave arriving at time |s − O|/c, is the phasor sum (a monochromatic Huygens sum at f₀ over the elements,
 * 2-D cylindrical spreading √(r_ref/r), strip directivity)
 * <pre>  H(s) = Σ_j w_j·D(θ_j)·√(r_ref/r_j)·exp(−ik(r_j − |F − e_j| + |F − O| − |s − O|)) / Σ_j w_j</pre>
 * with r_j = |s − e_j|, k = 2πf₀/1540 m/s. It carries focal gain, side lobes and — for a steered array of
 * pitch above λ/2 — grating lobes. Rectangular apodization (w_j = 1) over the elements within half the
 * transmit aperture D = F/F# of the line's centre.
 */
final class TransmitBeam {

    /** Reference range of the 2-D spreading factor: amplitudes are 1 at 1 cm. */
    static final double REFERENCE_RANGE = 0.01;

    private final PhasorTable phasors;
    private final DirectivityTable directivity;
    private final double k;
    private final double wavelength;
    private final double originX;
    private final double focalPathOrigin;
    private final double[] elementX;
    private final double[] weightRe;
    private final double[] weightIm;
    final double halfAperture;

    TransmitBeam(Transducer probe, UltrasoundProtocol protocol, ScanLines lines, int l, PhasorTable phasors,
                 DirectivityTable directivity) {
        this.phasors = phasors;
        this.directivity = directivity;
        this.wavelength = probe.wavelength(UltrasoundProtocol.ASSUMED_SPEED);
        this.k = 2 * Math.PI / wavelength;
        this.originX = lines.originX(l);
        double fx = originX + lines.dirX(l) * protocol.transmitFocus();
        double fz = lines.dirZ(l) * protocol.transmitFocus();
        double arrayHalf = (probe.elements() - 1) * probe.pitch() / 2;
        double centre = probe.type() == ArrayType.LINEAR ? originX : 0;
        halfAperture = Math.min(protocol.transmitFocus() / protocol.transmitFNumber() / 2, arrayHalf + probe.pitch() / 2);
        int count = 0;
        double[] xs = new double[probe.elements()];
        for (int j = 0; j < probe.elements(); j++) {
            if (Math.abs(probe.elementX(j) - centre) <= halfAperture + 1e-12) {
                xs[count++] = probe.elementX(j);
            }
        }
        if (count == 0) { // a focus too shallow for one element: fire the nearest
            xs[count++] = probe.elementX(ChannelLayout.firstElement(probe, centre, 1));
        }
        elementX = java.util.Arrays.copyOf(xs, count);
        weightRe = new double[count];
        weightIm = new double[count];
        focalPathOrigin = Math.hypot(fx - originX, fz);
        for (int j = 0; j < count; j++) {
            double phase = k * Math.hypot(fx - elementX[j], fz); // exp(+ik|F − e_j|) / N
            weightRe[j] = Math.cos(phase) / count;
            weightIm[j] = Math.sin(phase) / count;
        }
    }

    /** The active elements' x offsets [m] from the line origin. */
    double[] elementOffsets() {
        double[] d = new double[elementX.length];
        for (int j = 0; j < d.length; j++) {
            d[j] = elementX[j] - originX;
        }
        return d;
    }

    /** Writes H(x, z) into {@code out} = {re, im}. */
    void field(double x, double z, double[] out) {
        double re = 0, im = 0;
        for (int j = 0; j < elementX.length; j++) {
            double dx = x - elementX[j];
            double r = Math.sqrt(dx * dx + z * z);
            double amp = directivity.at(dx / r) * Math.sqrt(REFERENCE_RANGE / r);
            double phase = -k * r;
            double c = phasors.cos(phase) * amp, s = phasors.sin(phase) * amp;
            re += weightRe[j] * c - weightIm[j] * s;
            im += weightRe[j] * s + weightIm[j] * c;
        }
        double ox = x - originX;
        double ref = -k * (focalPathOrigin - Math.sqrt(ox * ox + z * z));
        double c = phasors.cos(ref), s = phasors.sin(ref);
        out[0] = re * c - im * s;
        out[1] = re * s + im * c;
    }
}
