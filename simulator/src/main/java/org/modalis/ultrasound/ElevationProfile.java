package org.modalis.ultrasound;

/**
 * What the probe's elevation lens does to echoes in a 2-D image plane model: across the plane the element of height h
 * focused at F_e radiates, in the Fresnel approximation,
 * <pre>  p(y, z) = (λz)^{−1/2} ∫_{−h/2}^{h/2} exp(iπ/λ·((y − η)²/z − η²/F_e)) dη,</pre>
 * normalised so that ∫|p|² dy = h at every depth (energy conservation; at the focus p is h/√(λF)·sinc(hy/(λF)) times a
 * phase). Transmit and receive share the lens (reciprocity), so an echo from elevation y carries p(y, z)². The
 * phantoms are uniform across the plane (2-D sections extruded), hence:
 * <ul>
 *   <li>diffuse scatterers, spread at random in y: mean intensity ∝ ∫|p|⁴ dy, amplitude factor √(∫|p|⁴ dy);</li>
 *   <li>wires and interfaces, coherent along y: amplitude ∝ |∫p² dy|;</li>
 * </ul>
 * each relative to its value at the model's reference range r_ref = 1 cm ({@link TransmitBeam#REFERENCE_RANGE}),
 * where the in-plane amplitudes are calibrated. Echoes are brightest near the elevation focus (the slice is thinnest
 * there) and fade beyond it as the slice widens, the in-plane spreading √(r_ref/r) each way being the model's own.
 * Evaluated at f₀ (narrow band) on a grid of ranges (every 0.25 mm to 20 mm, 1 mm beyond) and interpolated linearly.
 * Immutable.
 */
final class ElevationProfile {

    private static final double FINE_STEP = 0.25e-3;
    private static final double FINE_TO = 20e-3;
    private static final double COARSE_STEP = 1e-3;
    /**
     * Diffraction widths λz/h of the y window beyond the beam's geometric half-width: the sinc side lobes beyond
     * hold ~2/(π²·n) of the energy but only ~(2/3)/(π⁴n³) of ∫|p|⁴ (2·10⁻⁴ at n = 4), and p²'s tail oscillates.
     */
    static final double WIDTHS = 4;

    private final int fine;
    private final double[] diffuse;
    private final double[] coherent;

    /** The profile of {@code probe}'s elevation lens out to range {@code maxRange} [m]. */
    ElevationProfile(Transducer probe, double maxRange) {
        double lambda = probe.wavelength(UltrasoundProtocol.NOMINAL_SPEED);
        double h = probe.elevationHeight(), f = probe.elevationFocus();
        fine = (int) Math.round(FINE_TO / FINE_STEP);
        int n = fine + 1 + (int) Math.ceil(Math.max(0, maxRange - FINE_TO) / COARSE_STEP) + 1;
        double[] d = new double[n], c = new double[n];
        // One range at a time: the y grid's step grows with the range, so the few ranges nearest the face hold most of
        // the work, and a parallel stream's first leaf of a dozen ranges left one worker with nearly all of it (no
        // speed-up over one thread: 4.4 against 4.2 ms).
        OneAtATime.forEach(n, i -> {
            double[] m = moments(h, f, lambda, Math.max(range(i), FINE_STEP), WIDTHS);
            d[i] = Math.sqrt(m[1]);
            c[i] = m[2];
        });
        double[] ref = moments(h, f, lambda, TransmitBeam.REFERENCE_RANGE, WIDTHS);
        for (int i = 0; i < n; i++) {
            d[i] /= Math.sqrt(ref[1]);
            c[i] /= ref[2];
        }
        diffuse = d;
        coherent = c;
    }

    private double range(int i) {
        return i <= fine ? i * FINE_STEP : FINE_TO + (i - fine) * COARSE_STEP;
    }

    /** Amplitude factor of diffuse scatterers at range r [m]: √(∫|p|⁴ dy), 1 at r_ref. */
    double diffuse(double r) {
        return interpolate(diffuse, r);
    }

    /** Amplitude factor of a wire or an interface at range r [m]: |∫p² dy|, 1 at r_ref. */
    double coherent(double r) {
        return interpolate(coherent, r);
    }

    private double interpolate(double[] v, double r) {
        double t = r <= FINE_TO ? Math.max(0, r) / FINE_STEP : fine + (r - FINE_TO) / COARSE_STEP;
        int i = Math.min(v.length - 2, (int) t);
        double a = Math.min(1, t - i);
        return v[i] + a * (v[i + 1] - v[i]);
    }

    /**
     * {∫|p|² dy, ∫|p|⁴ dy, |∫p² dy|} at depth z for an aperture of height h focused at f, wavelength λ. The aperture
     * integral in closed form: completing the square, (iπ/λ)(a·η² − 2yη/z + y²/z) with a = 1/z − 1/f is
     * (iπa/λ)(η − η₀)² + (iπ/λ)(y²/z − y²/(z²a)), η₀ = y/(za), so the integral is √(λ/(2|a|))·(E(t₂) − E(t₁)) with
     * E = C + i·sign(a)·S ({@link FresnelIntegrals}) and t = (±h/2 − η₀)·√(2|a|/λ); near the focus (the chirp
     * across the aperture under 10⁻³ rad) it is h·sinc(hy/(λz)). The y integrals by the midpoint rule over the beam
     * (its geometric half-width plus {@code widths} diffraction widths λz/h), steps of an eighth of the finer of λz/h
     * and √(λz).
     */
    static double[] moments(double h, double f, double lambda, double z, double widths) {
        double a = 1 / z - 1 / f;
        double halfBeam = 0.5 * h * Math.abs(1 - z / f) + widths * lambda * z / h + lambda;
        double dy = Math.min(lambda * z / h, Math.sqrt(lambda * z)) / 8;
        int ny = (int) Math.ceil(halfBeam / dy);
        boolean focal = Math.abs(a) * h * h / lambda < 1e-3;
        double root = focal ? 0 : Math.sqrt(2 * Math.abs(a) / lambda), width = focal ? 0 : Math.sqrt(lambda / (2 * Math.abs(a)));
        double sign = Math.signum(a), norm = 1 / Math.sqrt(lambda * z);
        double p2 = 0, p4 = 0, sRe = 0, sIm = 0;
        double[] e1 = new double[2], e2 = new double[2];
        for (int j = -ny; j < ny; j++) {
            double y = (j + 0.5) * dy;
            double kr, ki, phase;
            if (focal) {
                double u = Math.PI * h * y / (lambda * z);
                kr = Math.abs(u) < 1e-12 ? h : h * Math.sin(u) / u;
                ki = 0;
                phase = Math.PI * y * y / (lambda * z);
            } else {
                double eta0 = y / (z * a);
                FresnelIntegrals.cs((-0.5 * h - eta0) * root, e1);
                FresnelIntegrals.cs((0.5 * h - eta0) * root, e2);
                kr = width * (e2[0] - e1[0]);
                ki = width * sign * (e2[1] - e1[1]);
                phase = Math.PI / lambda * (y * y / z - y * y / (z * z * a));
            }
            double c = Math.cos(phase), sn = Math.sin(phase);
            double pr = norm * (kr * c - ki * sn), pi = norm * (kr * sn + ki * c);
            double mag2 = pr * pr + pi * pi;
            p2 += mag2 * dy;
            p4 += mag2 * mag2 * dy;
            sRe += (pr * pr - pi * pi) * dy;
            sIm += 2 * pr * pi * dy;
        }
        return new double[] {p2, p4, Math.hypot(sRe, sIm)};
    }
}
