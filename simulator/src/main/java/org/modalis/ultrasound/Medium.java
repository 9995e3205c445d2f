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
 * frequency slope ∫∂α/∂f ds, and the two-way transmission Π(1 − R²) through the interfaces crossed. Straight rays
 * are an approximation: refraction at oblique interfaces is ignored (docs/ultrasound.md).
 *
 * <p>The probe frame is x lateral, z depth below the face; the phantom point is (x, probeY − z, 0). Where no
 * tissue lies (outside the phantom) the coupling gel is assumed: c = 1540 m/s, ρ = 1000 kg/m³, no attenuation,
 * no scatterers. Material index 0 is that gel; tissue t of the phantom is material t + 1.
 */
public final class Medium {

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
        material = new short[n];
        time = new float[n];
        attenuation = new float[n];
        attenuationSlope = new float[n];
        transmission = new float[n];
        // Rays are independent: sampled in parallel, their interfaces gathered in ray order (the same list on any
        // number of threads).
        List<List<Interface>> perRay = IntStream.range(0, fan.rays()).parallel().mapToObj(r -> {
            sampleMaterials(phantom, probeY, r, new double[tissues.size()], tissues);
            return accumulate(r);
        }).toList();
        List<Interface> all = new ArrayList<>();
        perRay.forEach(all::addAll);
        interfaces = List.copyOf(all);
    }

    private void sampleMaterials(Phantom phantom, double probeY, int r, double[] composition, List<Tissue> tissues) {
        for (int j = 0; j < fan.steps(); j++) {
            double s = j * fan.ds();
            phantom.composition(fan.x(r, s), probeY - fan.z(r, s), 0, composition);
            int best = -1;
            double most = 0.5; // a point belongs to the tissue holding most of it; under half of any: gel
            for (int t = 0; t < composition.length; t++) {
                if (composition[t] > most) {
                    most = composition[t];
                    best = t;
                }
            }
            if (best >= 0 && materials[best + 1] == null) {
                throw new IllegalArgumentException("tissue '" + tissues.get(best).name()
                        + "' has no acoustic properties: add an 'acoustic:' block to its tissue file");
            }
            material[r * fan.steps() + j] = (short) (best + 1);
        }
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
            transmission[base + j] = (float) trans;
        }
        return found;
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
        double s = fan.type() == ArrayType.LINEAR ? z : Math.hypot(x, z);
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
