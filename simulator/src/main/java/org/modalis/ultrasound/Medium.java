package org.modalis.ultrasound;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.modalis.phantom.Phantom;
import org.modalis.tissue.AcousticProperties;
import org.modalis.tissue.Tissue;

/**
 * The phantom's acoustics sampled along a fan of fine straight rays from the probe (vertical columns for a
 * linear array, radial lines from the array centre for a phased array): which material lies in each cell, and
 * what a wave has accumulated by the time it reaches the cell — travel time ∫ds/c, attenuation ∫α(f₀)ds and its
 * frequency slope ∫∂α/∂f ds, and the two-way transmission Π(1 − R²) through the interfaces crossed.
 *
 * <p>With refraction ({@link RefractedRay}) each ray bends by Snell's law where it crosses an interface between
 * tissues of different speed: cell (r, j) then holds what lies at the end of the bent path of length j·ds from the
 * ray's origin, while the scanner — which assumes straight lines — shows it at the straight ray's point of that
 * range. Echoes are therefore placed where the scanner displays them and the phantom is sampled where the sound
 * went: an oblique interface shifts what lies behind it sideways, a prism of fat doubles it. Without refraction
 * (the default) the rays are straight, the classic first-order model (docs/ultrasound.md).
 *
 * <p>The probe frame is x lateral, z depth below the face; the phantom point is (x, probeY − z, 0). Where no
 * tissue lies (outside the phantom) the coupling gel is assumed: c = 1540 m/s, ρ = 1000 kg/m³, no attenuation,
 * no scatterers. Material index 0 is that gel; tissue t of the phantom is material t + 1.
 */
public final class Medium {

    /**
     * Largest round-trip gain of a converging ray tube ({@link #tube}): where rays cross (a caustic) geometric
     * acoustics diverges, while diffraction keeps a beam at least a few wavelengths wide; 4 (+12 dB) is a bound,
     * not a calculation.
     */
    static final double MAX_TUBE_GAIN = 4;

    /** The coupling gel between probe and phantom. */
    static final AcousticProperties GEL = new AcousticProperties(UltrasoundProtocol.NOMINAL_SPEED, 1000, 0, 1, 0, 0,
            "coupling gel (assumed: matched to the beamformer's speed, lossless, anechoic)");

    /** One interface met along a ray: the step where the new material begins and R = (Z₂ − Z₁)/(Z₂ + Z₁). */
    public record Interface(int ray, int step, double reflection) {
    }

    private final FanGeometry fan;
    private final AcousticProperties[] materials;
    private final short[] material;
    private final float[] time;
    private final float[] attenuation;
    private final float[] attenuationSlope;
    private final float[] transmission;
    private final List<Interface> interfaces;
    /** Per material: 1/c [s/m], α(f₀) [Np/m] and ∂α/∂f(f₀) [Np/(m·Hz)] (a power law each, evaluated once). */
    private final double[] slowness;
    private final double[] alpha;
    private final double[] alphaSlope;
    /** With refraction: the phantom and the physical end point (x, z) of each cell's bent path; else null. */
    private final Phantom phantom;
    private final double probeY;
    private final float[] trueX;
    private final float[] trueZ;
    /** With refraction: the cells beyond a total reflection, which no transmitted sound reaches; else null. */
    private final boolean[] blocked;

    /** The rays of a medium map: u is x [m] (linear) or θ [rad] (phased); s is the range along the ray [m]. */
    public record FanGeometry(ArrayType type, double u0, double du, int rays, double ds, int steps) {

        double x(int ray, double s) {
            double u = u0 + ray * du;
            return type == ArrayType.LINEAR ? u : s * Math.sin(u);
        }

        double z(int ray, double s) {
            double u = u0 + ray * du;
            return type == ArrayType.LINEAR ? s : s * Math.cos(u);
        }

        /** The range [m] along its ray of the probe-frame point (x, z): its depth (linear) or its distance (phased). */
        double range(double x, double z) {
            return type == ArrayType.LINEAR ? z : Math.hypot(x, z);
        }

        /** The farthest range [m] the map reaches: its last step, and half a step beyond it. */
        double maxRange() {
            return steps * ds;
        }

        /** Lateral spacing [m] of neighbouring rays at range s. */
        double spacing(double s) {
            return type == ArrayType.LINEAR ? du : s * du;
        }
    }

    /**
     * Samples {@code phantom} on {@code fan} at frequency {@code f0} [Hz].
     *
     * @throws IllegalArgumentException naming a tissue the rays meet that has no acoustic properties
     */
    public Medium(Phantom phantom, double probeY, FanGeometry fan, double f0) {
        this(phantom, probeY, fan, f0, false);
    }

    /**
     * Samples {@code phantom} on {@code fan} at frequency {@code f0} [Hz], along rays bent by refraction if
     * {@code refraction}.
     *
     * @throws IllegalArgumentException naming a tissue the rays meet that has no acoustic properties
     */
    public Medium(Phantom phantom, double probeY, FanGeometry fan, double f0, boolean refraction) {
        this.fan = fan;
        List<Tissue> tissues = phantom.tissues();
        materials = new AcousticProperties[tissues.size() + 1];
        materials[0] = GEL;
        for (int t = 0; t < tissues.size(); t++) {
            materials[t + 1] = tissues.get(t).acoustic();
        }
        slowness = new double[materials.length];
        alpha = new double[materials.length];
        alphaSlope = new double[materials.length];
        for (int m = 0; m < materials.length; m++) {
            if (materials[m] != null) {
                slowness[m] = 1 / materials[m].speedOfSound();
                alpha[m] = materials[m].attenuationNepersPerMetre(f0);
                alphaSlope[m] = materials[m].attenuationSlopeNepersPerMetreHz(f0);
            }
        }
        int n = fan.rays() * fan.steps();
        this.phantom = refraction ? phantom : null;
        this.probeY = probeY;
        trueX = refraction ? new float[n] : null;
        trueZ = refraction ? new float[n] : null;
        blocked = refraction ? new boolean[n] : null;
        material = new short[n];
        time = new float[n];
        attenuation = new float[n];
        attenuationSlope = new float[n];
        transmission = new float[n];
        // Rays are independent: sampled in parallel, their interfaces gathered in ray order (the same list on any
        // number of threads).
        // With refraction every ray is traced before any is integrated: a ray's tube (its spreading) is measured
        // against its neighbours' paths.
        if (refraction) {
            IntStream.range(0, fan.rays()).parallel().forEach(r -> new RefractedRay(this, phantom, probeY, r).trace());
        }
        List<List<Interface>> perRay = IntStream.range(0, fan.rays()).parallel().mapToObj(r -> {
            if (!refraction) {
                sampleMaterials(phantom, probeY, r, new double[tissues.size()], tissues);
            }
            return accumulate(r);
        }).toList();
        List<Interface> all = new ArrayList<>();
        perRay.forEach(all::addAll);
        interfaces = List.copyOf(all);
    }

    private void sampleMaterials(Phantom phantom, double probeY, int r, double[] composition, List<Tissue> tissues) {
        for (int j = 0; j < fan.steps(); j++) {
            double s = j * fan.ds();
            material[r * fan.steps() + j] = (short) materialAt(phantom, probeY, fan.x(r, s), fan.z(r, s), composition);
        }
    }

    /**
     * The material at probe-frame point (x, z): the tissue holding most of it, if more than half, else the gel (0).
     *
     * @throws IllegalArgumentException naming a tissue without acoustic properties
     */
    int materialAt(Phantom phantom, double probeY, double x, double z, double[] composition) {
        phantom.composition(x, probeY - z, 0, composition);
        int best = -1;
        double most = 0.5; // a point belongs to the tissue holding most of it; under half of any: gel
        for (int t = 0; t < composition.length; t++) {
            if (composition[t] > most) {
                most = composition[t];
                best = t;
            }
        }
        if (best >= 0 && materials[best + 1] == null) {
            throw new IllegalArgumentException("tissue '" + phantom.tissues().get(best).name()
                    + "' has no acoustic properties: add an 'acoustic:' block to its tissue file");
        }
        return best + 1;
    }

    /** Speed of sound [m/s] of material m. */
    double speed(int m) {
        return 1 / slowness[m];
    }

    /** Records what a refracted ray found at its step j: the material there and its physical position. */
    void record(int r, int j, int m, double x, double z) {
        int cell = r * fan.steps() + j;
        material[cell] = (short) m;
        trueX[cell] = (float) x;
        trueZ[cell] = (float) z;
    }

    /** Marks the cells of ray r from step j on as unreached: the ray was totally reflected before them. */
    void block(int r, int j) {
        java.util.Arrays.fill(blocked, r * fan.steps() + j, (r + 1) * fan.steps(), true);
    }

    /**
     * Where a point target truly at (x, z) [m] shows, with refraction: every place where a ray's bent path passes
     * through it — found between neighbouring rays that pass it on opposite sides, interpolated — as {apparent x,
     * apparent z, the cell whose path leads there}. Several places where rays from both sides of a prism converge
     * on it (the double image); none in a shadow. Without refraction the point itself, if inside the map.
     */
    public java.util.List<double[]> images(double x, double z) {
        java.util.List<double[]> found = new ArrayList<>();
        if (trueX == null) {
            int cell = cell(x, z);
            if (cell >= 0) {
                found.add(new double[] {x, z, cell});
            }
            return found;
        }
        int steps = fan.steps();
        double[] side = new double[fan.rays()], along = new double[fan.rays()];
        int[] nearest = new int[fan.rays()];
        for (int r = 0; r < fan.rays(); r++) {
            int best = 0, base = r * steps;
            double bestD = Double.POSITIVE_INFINITY;
            for (int j = 0; j < steps; j++) {
                double ex = trueX[base + j] - x, ez = trueZ[base + j] - z, d = ex * ex + ez * ez;
                if (d < bestD) {
                    bestD = d;
                    best = j;
                }
            }
            int a = Math.min(best, steps - 2);
            double tx = trueX[base + a + 1] - trueX[base + a], tz = trueZ[base + a + 1] - trueZ[base + a];
            double t = Math.hypot(tx, tz);
            double wx = x - trueX[base + best], wz = z - trueZ[base + best];
            nearest[r] = best;
            side[r] = t > 0 ? (tx * wz - tz * wx) / t : Double.NaN;
            along[r] = best * fan.ds() + (t > 0 ? (tx * wx + tz * wz) / t : 0);
        }
        for (int r = 0; r + 1 < fan.rays(); r++) {
            double a = side[r], b = side[r + 1];
            double near = 4 * Math.max(fan.spacing(along[r]), fan.ds());
            if (!(a * b <= 0) || a == b || Math.abs(a) > near || Math.abs(b) > near) {
                continue;
            }
            double f = a / (a - b);
            int ray = f < 0.5 ? r : r + 1;
            int cell = ray * steps + nearest[ray];
            if (blocked[cell]) {
                continue;
            }
            double u = fan.u0() + (r + f) * fan.du(), range = along[r] + f * (along[r + 1] - along[r]);
            boolean linear = fan.type() == ArrayType.LINEAR;
            found.add(new double[] {linear ? u : range * Math.sin(u), linear ? range : range * Math.cos(u), cell});
        }
        return found;
    }

    /** Whether the rays bend ({@link RefractedRay}). */
    public boolean refracts() {
        return trueX != null;
    }

    /** The physical point (x, z) [m] a cell's (bent) path reaches: the cell's own straight-ray point without refraction. */
    public double trueX(int cell) {
        return trueX != null ? trueX[cell] : fan.x(cell / fan.steps(), range(cell));
    }

    public double trueZ(int cell) {
        return trueZ != null ? trueZ[cell] : fan.z(cell / fan.steps(), range(cell));
    }

    /**
     * The material that truly lies at probe-frame point (x, z) inside the map (−1 outside): the cell's own without
     * refraction, the phantom's there with it (the cell at (x, z) then holds what the bent ray found).
     */
    public int trueMaterial(double x, double z) {
        int cell = cell(x, z);
        if (cell < 0) {
            return -1;
        }
        return phantom == null ? material[cell]
                : materialAt(phantom, probeY, x, z, new double[phantom.tissues().size()]);
    }

    /**
     * Integrates travel time, attenuation and transmission down ray r by the trapezoidal rule: cell j is centred
     * on range j·ds and an interface lies half-way between two cells of different material.
     */
    private List<Interface> accumulate(int r) {
        List<Interface> found = new ArrayList<>();
        int base = r * fan.steps();
        double t = 0, a = 0, slope = 0, trans = 1;
        for (int j = 0; j < fan.steps(); j++) {
            int m = material[base + j];
            if (j > 0) {
                int above = material[base + j - 1];
                if (above != m && materials[above] != materials[m]) {
                    double z1 = materials[above].impedance(), z2 = materials[m].impedance();
                    double reflection = (z2 - z1) / (z2 + z1);
                    found.add(new Interface(r, j, reflection));
                    trans *= 1 - reflection * reflection; // pressure T₁₂·T₂₁ = 1 − R² for the round trip
                }
                double h = 0.5 * fan.ds();
                t += h * (slowness[above] + slowness[m]);
                a += h * (alpha[above] + alpha[m]);
                slope += h * (alphaSlope[above] + alphaSlope[m]);
            }
            time[base + j] = (float) t;
            attenuation[base + j] = (float) a;
            attenuationSlope[base + j] = (float) slope;
            transmission[base + j] = blocked != null && blocked[base + j] ? 0 : (float) (trans * tube(r, j));
        }
        return found;
    }

    /**
     * The round-trip gain of ray r's tube at step j from refraction: its width where the straight rays would be,
     * over its width now (across the ray, between its neighbours' paths at the same range), capped at
     * {@link #MAX_TUBE_GAIN}. In 2-D the intensity carried between two rays is conserved, so it goes as 1/width one
     * way and the echo's pressure, out and back by reciprocity, as 1/width too: rays that part behind the edge of a
     * curved interface leave a darker band (the edge shadow), rays that converge behind a slow lens a brighter one.
     * 1 without refraction.
     */
    private double tube(int r, int j) {
        if (trueX == null || j == 0 || j + 1 >= fan.steps() || fan.rays() < 2) {
            return 1;
        }
        int a = Math.max(0, r - 1), b = Math.min(fan.rays() - 1, r + 1), steps = fan.steps();
        int ca = a * steps + j, cb = b * steps + j, c = r * steps + j;
        if (blocked[ca] || blocked[cb]) {
            return 1;
        }
        double dx = trueX[c + 1] - trueX[c], dz = trueZ[c + 1] - trueZ[c], d = Math.hypot(dx, dz);
        double wx = trueX[cb] - trueX[ca], wz = trueZ[cb] - trueZ[ca];
        double across = Math.abs(dx * wz - dz * wx) / d;
        double straight = (b - a) * fan.spacing(j * fan.ds());
        return across > straight / MAX_TUBE_GAIN ? straight / across : MAX_TUBE_GAIN;
    }

    public FanGeometry fan() {
        return fan;
    }

    /** Material table: index 0 is the coupling gel, t + 1 the phantom's tissue t. */
    public AcousticProperties materialProperties(int m) {
        return materials[m];
    }

    public int materialCount() {
        return materials.length;
    }

    /** The interfaces met by all rays, in ray order and depth order within a ray. */
    public List<Interface> interfaces() {
        return interfaces;
    }

    /** The cell index holding (x, z) [m] (nearest ray, nearest step), or −1 outside the map. */
    public int cell(double x, double z) {
        double u = fan.type() == ArrayType.LINEAR ? x : Math.atan2(x, z);
        double s = fan.range(x, z);
        int r = (int) Math.floor((u - fan.u0()) / fan.du() + 0.5);
        int j = (int) Math.floor(s / fan.ds() + 0.5);
        if (r < 0 || r >= fan.rays() || j < 0 || j >= fan.steps()) {
            return -1;
        }
        return r * fan.steps() + j;
    }

    public int cell(int ray, int step) {
        return ray * fan.steps() + step;
    }

    public int material(int cell) {
        return material[cell];
    }

    /** One-way travel time [s] from the probe face to the cell along its ray. */
    public double time(int cell) {
        return time[cell];
    }

    /** One-way attenuation [Np] at f₀ from the face to the cell. */
    public double attenuation(int cell) {
        return attenuation[cell];
    }

    /** One-way ∫∂α/∂f ds [Np/Hz] from the face to the cell: what shifts the spectrum. */
    public double attenuationSlope(int cell) {
        return attenuationSlope[cell];
    }

    /** Two-way transmission Π(1 − R²) through the interfaces between the face and the cell. */
    public double transmission(int cell) {
        return transmission[cell];
    }

    /** Range [m] along its ray of the cell's centre. */
    public double range(int cell) {
        return (cell % fan.steps()) * fan.ds();
    }
}
