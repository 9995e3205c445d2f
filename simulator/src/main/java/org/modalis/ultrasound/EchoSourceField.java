package org.modalis.ultrasound;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.modalis.physics.Rng;
import org.modalis.tissue.AcousticProperties;

/**
 * Turns a {@link Medium} into {@link EchoSources}: random diffuse scatterers (speckle), specular points along
 * every interface (amplitude from the pressure reflection coefficient R = (Z₂ − Z₁)/(Z₂ + Z₁)), the
 * reverberation ghosts of pairs of strong reflectors, the mirror images behind flat strong reflectors, and wires. Each source carries its propagation — the
 * round-trip attenuation with the spectral downshift ({@link GaussianPulse}) and the transmission Π(1 − R²)
 * through the interfaces above it — so shadows behind bone and enhancement behind a cyst follow from the
 * tissues, not from painting.
 *
 * <p>Scaling: a diffuse scatterer's amplitude is Gaussian with sd backscatter·√(15 / n_cell), so the speckle's
 * mean intensity (∝ density × amplitude²) depends on the backscatter alone whatever the scatterer density.
 * A specular interface point is R·{@value #SPECULAR_GAIN}·(point spacing / λ), a discretised continuous
 * reflector whose coherent echo does not depend on the spacing. The gain is a calibration: interfaces of
 * R ≈ 0.1 show some 15 dB above liver speckle, as on clinical images.
 */
public final class EchoSourceField {

    /** Echo of a specular interface of R = 1 per wavelength of its length, in diffuse-scatterer units. */
    static final double SPECULAR_GAIN = 60;
    /** Pressure reflection of the probe face seen from the tissue (matching layers; an assumption, stated). */
    static final double FACE_REFLECTION = 0.3;
    /** Reference scatterers per resolution cell of the amplitude scaling. */
    static final double REFERENCE_PER_CELL = 15;
    /** Reverberation orders stop once an echo falls this far below its primary (−60 dB) or after 40 orders. */
    static final double GHOST_FLOOR = 1e-3;
    static final int MAX_ORDERS = 40;
    /** A reflector mirrors when |R| is at least this (tissue/air 0.99, tissue/bone 0.6, tissue/steel 0.93). */
    static final double MIRROR_REFLECTION = 0.5;
    /** Half-width [m] over which a mirror must stay flat and perpendicular to the ray: about a beam width. */
    static final double MIRROR_HALF_WIDTH = 1.5e-3;
    /** Its depth may vary by at most this many wavelengths over that width (Rayleigh: flat to λ/4 one way). */
    static final double MIRROR_FLATNESS_WAVELENGTHS = 0.25;
    /** Lateral strips the diffuse scatterers are drawn in, each from its own random stream (in parallel). */
    static final int STRIPS = 16;

    private final Medium medium;
    private final GaussianPulse pulse;
    private final ElevationProfile elevation;
    private final double wavelength;
    /** The flat strong reflectors of the current {@link #build}; null when not reverberating. */
    private Mirrors mirrors;
    private double maxDepth;

    /** Per ray: the step of its first flat strong reflector and that reflector's R (step −1: none). */
    private record Mirrors(int[] step, double[] reflection) {
    }

    public EchoSourceField(Medium medium, GaussianPulse pulse) {
        this(medium, pulse, null);
    }

    /**
     * @param elevation the probe's elevation lens ({@link ElevationProfile}): diffuse scatterers weighted by its
     *                  incoherent, wires and interfaces by its coherent factor at their range; null: the image plane
     *                  alone (no elevation factor)
     */
    public EchoSourceField(Medium medium, GaussianPulse pulse, ElevationProfile elevation) {
        this.medium = medium;
        this.pulse = pulse;
        this.elevation = elevation;
        this.wavelength = UltrasoundProtocol.NOMINAL_SPEED / pulse.centreFrequencyHz();
    }

    /**
     * All echo sources.
     *
     * @param cellArea   area [m²] of one resolution cell (axial × lateral −6 dB widths), setting the density
     * @param maxDepth   sources deeper than this [m] are not needed
     * @param wires      wire targets
     * @param reverberate whether to add the multiple reflections between strong reflectors
     */
    public EchoSources build(double cellArea, double maxDepth, List<WireTarget> wires, boolean reverberate, Rng rng) {
        EchoSources.Builder out = new EchoSources.Builder();
        mirrors = reverberate ? findMirrors() : null;
        this.maxDepth = maxDepth;
        diffuse(cellArea, maxDepth, rng, out);
        specular(out, reverberate, maxDepth);
        for (WireTarget w : wires) { // where the (bent) rays pass through the wire: itself on straight rays
            for (double[] image : medium.images(w.x(), w.z())) {
                add(out, image[0], image[1], w.amplitude(), (int) image[2], false);
            }
        }
        return out.build();
    }

    private void diffuse(double cellArea, double maxDepth, Rng rng, EchoSources.Builder out) {
        double maxDensity = 0;
        for (int m = 0; m < medium.materialCount(); m++) {
            AcousticProperties p = medium.materialProperties(m);
            if (p != null && p.backscatter() > 0) {
                maxDensity = Math.max(maxDensity, p.scatterersPerCell() / cellArea);
            }
        }
        if (maxDensity == 0) {
            return;
        }
        Medium.FanGeometry fan = medium.fan();
        double range = Math.min(maxDepth, (fan.steps() - 1) * fan.ds());
        double xMin, xMax;
        if (fan.type() == ArrayType.LINEAR) {
            xMin = fan.u0();
            xMax = fan.u0() + (fan.rays() - 1) * fan.du();
        } else {
            double half = Math.max(Math.abs(fan.u0()), Math.abs(fan.u0() + (fan.rays() - 1) * fan.du()));
            xMax = range * Math.sin(Math.min(half, Math.PI / 2));
            xMin = -xMax;
        }
        // The candidates fall strip by strip across the frame, each strip from its own stream of rng: a Poisson
        // process over the union of the strips is one over the frame, and the bytes do not depend on how many
        // threads draw the strips (the strips are concatenated in order).
        double density = maxDensity, width = (xMax - xMin) / STRIPS, left = xMin;
        EchoSources.Builder[] strips = IntStream.range(0, STRIPS).parallel().mapToObj(k -> {
            Rng stream = rng.stream(k);
            double x0 = left + k * width;
            long n = stream.poisson(density * width * range);
            // Room for every candidate (most are kept) and a mirror image for one in eight before it grows.
            EchoSources.Builder strip = new EchoSources.Builder((int) Math.min(n + n / 8, Integer.MAX_VALUE - 8));
            for (long i = 0; i < n; i++) {
                candidate(x0 + width * stream.uniform(), range * stream.uniform(), stream.uniform(), stream.gaussian(),
                        cellArea, density, strip);
            }
            return strip;
        }).toArray(EchoSources.Builder[]::new);
        // Room for the interfaces' points and wires too (a few thousand) before the builder grows.
        out.reserve(java.util.Arrays.stream(strips).mapToInt(EchoSources.Builder::size).sum() + 8192);
        for (EchoSources.Builder strip : strips) {
            out.addAll(strip);
        }
    }

    /**
     * A candidate scatterer at (x, z) kept with probability density / maxDensity (thinning, by {@code accept}
     * uniform in [0, 1)) and of amplitude g (standard normal) times its tissue's scaled backscatter.
     */
    private void candidate(double x, double z, double accept, double g, double cellArea, double maxDensity,
                           EchoSources.Builder out) {
        int cell = medium.cell(x, z);
        if (cell < 0) {
            return;
        }
        AcousticProperties p = medium.materialProperties(medium.material(cell));
        double density = p.backscatter() > 0 ? p.scatterersPerCell() / cellArea : 0;
        if (accept * maxDensity < density) {
            add(out, x, z, g * p.backscatter() * Math.sqrt(REFERENCE_PER_CELL / p.scatterersPerCell()), cell, true);
        }
    }

    /**
     * Adds a specular reflector of coefficient R at (x, z) [m] with the weight of one interface point λ/4 wide,
     * propagated through the medium (for moving walls); nothing if the point lies outside the map.
     */
    public void addReflectorPoint(EchoSources.Builder out, double x, double z, double reflection) {
        int cell = medium.cell(x, z);
        if (cell >= 0) {
            add(out, x, z, reflection * SPECULAR_GAIN * 0.25, cell, false);
        }
    }

    /**
     * Adds a source at (x, z) of scattering strength {@code strength}, propagated through the map down to
     * {@code cell}, and its mirror image when a flat strong reflector lies below it on its ray.
     */
    private void add(EchoSources.Builder out, double x, double z, double strength, int cell, boolean diffuse) {
        double slowness = medium.range(cell) > 0 ? medium.time(cell) / medium.range(cell)
                : 1 / medium.materialProperties(medium.material(cell)).speedOfSound();
        addPath(out, x, z, strength, slowness, 2 * medium.attenuation(cell), 2 * medium.attenuationSlope(cell),
                medium.transmission(cell), diffuse);
        if (mirrors != null) {
            mirror(out, x, z, strength, slowness, cell, diffuse);
        }
    }

    /**
     * The mirror image (image-source method for a plane reflector, e.g. Kinsler et al., Fundamentals of
     * Acoustics, §10.2): sound that reflects off a flat reflector k below the source, scatters back from the source
     * to the reflector and reflects to the probe travels as far as sound to the source's image behind the
     * reflector, at range 2s_k − s on the same ray, and it is focused there by the same beams. It is weakened by
     * R_k² and by the extra round trip between source and reflector (attenuation, transmissions), so the scanner
     * shows the tissue above the reflector again below it: the liver seen "through" the diaphragm. The paths
     * with one reflection (probe → source → reflector → probe) return at the reflector's own depth, inside its
     * echo, and are left out.
     */
    private void mirror(EchoSources.Builder out, double x, double z, double strength, double slowness, int cell,
                        boolean diffuse) {
        Medium.FanGeometry fan = medium.fan();
        int ray = cell / fan.steps(), step = cell % fan.steps();
        int m = mirrors.step()[ray];
        if (m < 0 || step >= m - 1) {
            return;
        }
        int k = medium.cell(ray, m - 1);
        double reflection = mirrors.reflection()[ray];
        double s = fan.range(x, z);
        double sk = (m - 0.5) * fan.ds(), image = 2 * sk - s;
        // Relative to the source's own echo: R², the gap's transmissions twice more, its attenuation four times.
        double gapTrans = gap(medium.transmission(k), medium.transmission(cell));
        double relative = reflection * reflection * gapTrans * gapTrans
                * Math.exp(-4 * (medium.attenuation(k) - medium.attenuation(cell)));
        if (image > maxDepth || image <= 0 || relative < GHOST_FLOOR) {
            return;
        }
        // One-way time to the reflector: to the centre of the last cell above it, plus the half step to the boundary.
        double toReflector = medium.time(k) + 0.5 * fan.ds() / medium.materialProperties(medium.material(k)).speedOfSound();
        double time = 2 * toReflector - slowness * s;
        double nepers = 2 * medium.attenuation(k) - medium.attenuation(cell);
        double slope = 2 * medium.attenuationSlope(k) - medium.attenuationSlope(cell);
        addPath(out, fan.x(ray, image), fan.z(ray, image), strength * reflection * reflection, time / image, 2 * nepers,
                2 * slope, medium.transmission(k) * gapTrans, diffuse);
    }

    /**
     * Per ray, the step of its first reflector with |R| ≥ {@value #MIRROR_REFLECTION} that is flat and
     * perpendicular to the ray: every ray within ±{@value #MIRROR_HALF_WIDTH} m meets a reflector as strong
     * within {@value #MIRROR_FLATNESS_WAVELENGTHS} λ of the same range (a mirror images coherently only where it
     * stays flat to a fraction of λ over the beam width). A small curved target (a calcification, a
     * bone edge) scatters its reflection away from the probe and mirrors nothing; −1 where there is none.
     */
    private Mirrors findMirrors() {
        Medium.FanGeometry fan = medium.fan();
        int[] first = new int[fan.rays()];
        double[] reflection = new double[fan.rays()];
        java.util.Arrays.fill(first, -1);
        for (Medium.Interface f : medium.interfaces()) {
            if (first[f.ray()] < 0 && Math.abs(f.reflection()) >= MIRROR_REFLECTION) {
                first[f.ray()] = f.step();
                reflection[f.ray()] = f.reflection();
            }
        }
        double tolerance = MIRROR_FLATNESS_WAVELENGTHS * wavelength / fan.ds();
        int[] step = new int[fan.rays()];
        for (int r = 0; r < fan.rays(); r++) {
            step[r] = first[r];
            if (first[r] < 0) {
                continue;
            }
            int reach = (int) Math.ceil(MIRROR_HALF_WIDTH / fan.spacing(Math.max(first[r], 1) * fan.ds()));
            for (int q = Math.max(0, r - reach); q <= Math.min(fan.rays() - 1, r + reach) && step[r] >= 0; q++) {
                if (first[q] < 0 || Math.abs(first[q] - first[r]) > tolerance) {
                    step[r] = -1;
                }
            }
        }
        return new Mirrors(step, reflection);
    }

    /**
     * The transmission between two points of a ray, from those to each: 0 where the upper point itself is unreached
     * (beyond a total reflection, {@link RefractedRay}), so nothing echoes from between them.
     */
    private static double gap(double toLower, double toUpper) {
        return toUpper > 0 ? toLower / toUpper : 0;
    }

    /**
     * Adds a source with its propagation, and the elevation lens's factor at its range when there is one: the
     * incoherent one for a diffuse scatterer, the coherent one for a wire or an interface (and their images).
     */
    private void addPath(EchoSources.Builder out, double x, double z, double strength, double slowness,
                         double roundTripNepers, double roundTripSlope, double transmission, boolean diffuse) {
        double lens = 1;
        if (elevation != null) {
            double r = medium.fan().range(x, z);
            lens = diffuse ? elevation.diffuse(r) : elevation.coherent(r);
        }
        double amplitude = strength * lens * transmission * pulse.attenuationFactor(roundTripNepers, roundTripSlope);
        out.add(x, z, amplitude, slowness, pulse.shiftedCentre(roundTripSlope));
    }

    private void specular(EchoSources.Builder out, boolean reverberate, double maxDepth) {
        Medium.FanGeometry fan = medium.fan();
        List<Medium.Interface> all = medium.interfaces();
        int start = 0;
        while (start < all.size()) {
            int ray = all.get(start).ray();
            int end = start;
            while (end < all.size() && all.get(end).ray() == ray) {
                end++;
            }
            List<Medium.Interface> onRay = all.subList(start, end);
            for (Medium.Interface f : onRay) {
                double s = (f.step() - 0.5) * fan.ds();
                if (s <= maxDepth) {
                    int above = medium.cell(ray, f.step() - 1);
                    add(out, fan.x(ray, s), fan.z(ray, s), f.reflection() * weight(s), above, false);
                }
            }
            if (reverberate) {
                ghosts(out, ray, onRay, maxDepth);
            }
            start = end;
        }
    }

    /** Amplitude of one specular point per unit R: gain × (ray spacing at range s) / λ. */
    private double weight(double s) {
        return SPECULAR_GAIN * medium.fan().spacing(Math.max(s, medium.fan().ds())) / wavelength;
    }

    /**
     * Multiple reflections on one ray: for each deeper reflector k and each shallower reflector i (or the probe
     * face), the wave that returns from k, reflects down again at i (coefficient −R_i from below, or the face's)
     * and returns from k once more, n times, arrives as if from range s_k + n·(s_k − s_i), weakened by
     * (R_i′·R_k)ⁿ, the extra attenuation and the transmissions through interfaces in between.
     */
    private void ghosts(EchoSources.Builder out, int ray, List<Medium.Interface> onRay, double maxDepth) {
        List<double[]> reflectors = new ArrayList<>(); // {step, reflection from below}; the face first
        reflectors.add(new double[]{0, FACE_REFLECTION});
        for (Medium.Interface f : onRay) {
            reflectors.add(new double[]{f.step(), -f.reflection()});
        }
        for (int k = 1; k < reflectors.size(); k++) {
            Medium.Interface deep = onRay.get(k - 1);
            for (int i = 0; i < k; i++) {
                double bounce = reflectors.get(i)[1] * deep.reflection();
                if (Math.abs(bounce) > 0.01) {
                    ghostSeries(out, ray, (int) reflectors.get(i)[0], deep, bounce, maxDepth);
                }
            }
        }
    }

    private void ghostSeries(EchoSources.Builder out, int ray, int upperStep, Medium.Interface deep, double bounce,
                             double maxDepth) {
        Medium.FanGeometry fan = medium.fan();
        int k = medium.cell(ray, deep.step() - 1);
        int i = medium.cell(ray, upperStep);
        double sk = (deep.step() - 0.5) * fan.ds();
        double si = upperStep == 0 ? 0 : (upperStep - 0.5) * fan.ds();
        double ti = upperStep == 0 ? 0 : medium.time(i), ai = upperStep == 0 ? 0 : medium.attenuation(i);
        double bi = upperStep == 0 ? 0 : medium.attenuationSlope(i), transI = upperStep == 0 ? 1 : medium.transmission(i);
        double gapTrans = gap(medium.transmission(k), transI);
        double factor = 1;
        for (int n = 1; n <= MAX_ORDERS; n++) {
            factor *= bounce * gapTrans;
            double s = sk + n * (sk - si);
            double extra = Math.exp(-2 * n * (medium.attenuation(k) - ai));
            if (s > maxDepth || Math.abs(factor) * extra < GHOST_FLOOR) {
                return;
            }
            double t = medium.time(k) + n * (medium.time(k) - ti);
            double a = medium.attenuation(k) + n * (medium.attenuation(k) - ai);
            double b = medium.attenuationSlope(k) + n * (medium.attenuationSlope(k) - bi);
            addPath(out, fan.x(ray, s), fan.z(ray, s), deep.reflection() * factor * weight(sk), t / s, 2 * a, 2 * b,
                    medium.transmission(k) * Math.pow(gapTrans, n), false);
        }
    }
}
