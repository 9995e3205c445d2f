package org.modalis.ultrasound;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A 1-D array probe, the hardware a department buys: its type, centre frequency, two-way fractional bandwidth,
 * element count, pitch and element width. The element width sets each element's directivity
 * sinc(π·w·sinθ/λ) (rigid-baffle strip, Selfridge et al., Appl. Phys. Lett. 37 (1980) 35); a pitch above λ/2
 * lets a steered phased array form grating lobes at sinθ_g = sinθ ± λ/pitch.
 *
 * @param name                 preset name or "custom"
 * @param type                 linear or phased
 * @param centreFrequencyHz    f₀ [Hz], in [0.5, 30] MHz
 * @param fractionalBandwidth  −6 dB two-way bandwidth / f₀, in [0.1, 1.5]
 * @param elements             element count, in [8, 512]
 * @param pitch                element centre spacing [m], in [0.02, 2] mm
 * @param elementWidth         element width [m], in (0, pitch]
 * @param faults               dead or weak elements (empty for a healthy probe), at most one entry per element
 * @param elevationHeight      element height across the image plane [m], in [1, 30] mm: the elevation aperture
 * @param elevationFocus       focal depth of the elevation lens [m], in [5, 300] mm ({@link ElevationProfile})
 */
public record Transducer(String name, ArrayType type, double centreFrequencyHz, double fractionalBandwidth,
                         int elements, double pitch, double elementWidth, java.util.List<ElementFault> faults,
                         double elevationHeight, double elevationFocus) {

    /** A healthy probe with an elevation lens. */
    public Transducer(String name, ArrayType type, double centreFrequencyHz, double fractionalBandwidth, int elements,
                      double pitch, double elementWidth, double elevationHeight, double elevationFocus) {
        this(name, type, centreFrequencyHz, fractionalBandwidth, elements, pitch, elementWidth, java.util.List.of(),
                elevationHeight, elevationFocus);
    }

    public Transducer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!(centreFrequencyHz >= 0.5e6 && centreFrequencyHz <= 30e6)) {
            throw new IllegalArgumentException("centre frequency must be in [0.5, 30] MHz, got " + centreFrequencyHz * 1e-6 + " MHz");
        }
        if (!(fractionalBandwidth >= 0.1 && fractionalBandwidth <= 1.5)) {
            throw new IllegalArgumentException("fractional bandwidth must be in [0.1, 1.5], got " + fractionalBandwidth);
        }
        if (elements < 8 || elements > 512) {
            throw new IllegalArgumentException("element count must be in [8, 512], got " + elements);
        }
        if (!(pitch >= 0.02e-3 && pitch <= 2e-3)) {
            throw new IllegalArgumentException("pitch must be in [0.02, 2] mm, got " + pitch * 1e3 + " mm");
        }
        if (!(elementWidth > 0 && elementWidth <= pitch)) {
            throw new IllegalArgumentException("element width must be in (0, pitch = " + pitch * 1e3 + "] mm, got "
                    + elementWidth * 1e3 + " mm");
        }
        if (!(elevationHeight >= 1e-3 && elevationHeight <= 30e-3)) {
            throw new IllegalArgumentException("elevation height must be in [1, 30] mm, got " + elevationHeight * 1e3 + " mm");
        }
        if (!(elevationFocus >= 5e-3 && elevationFocus <= 0.3)) {
            throw new IllegalArgumentException("elevation focus must be in [5, 300] mm, got " + elevationFocus * 1e3 + " mm");
        }
        faults = java.util.List.copyOf(faults);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (ElementFault f : faults) {
            if (f.element() >= elements) {
                throw new IllegalArgumentException("faulty element index must be in [0, " + (elements - 1) + "] for this "
                        + elements + "-element probe, got " + f.element());
            }
            if (!seen.add(f.element())) {
                throw new IllegalArgumentException("element " + f.element() + " is listed as faulty twice");
            }
        }
    }

    private static final Map<String, Transducer> PRESETS = presets();

    private static Map<String, Transducer> presets() {
        Map<String, Transducer> m = new LinkedHashMap<>();
        // Typical clinical probes: a 38 mm linear array (kerf 10 % of the pitch) and a cardiac phased array at λ/2.
        // Elevation apertures and lens foci are typical of such probes (a few mm and 15-25 mm for small-parts linear
        // arrays, 13-14 mm and 60-80 mm for cardiac phased arrays), not those of one manufacturer's model.
        m.put("linear-7.5", new Transducer("linear-7.5", ArrayType.LINEAR, 7.5e6, 0.7, 192, 0.2e-3, 0.18e-3, 4e-3, 0.018));
        m.put("linear-5", new Transducer("linear-5", ArrayType.LINEAR, 5e6, 0.6, 128, 0.3e-3, 0.27e-3, 5e-3, 0.025));
        m.put("phased-3.5", new Transducer("phased-3.5", ArrayType.PHASED, 3.5e6, 0.6, 64, 0.22e-3, 0.2e-3, 13e-3, 0.07));
        m.put("phased-2.5", new Transducer("phased-2.5", ArrayType.PHASED, 2.5e6, 0.6, 64, 0.3e-3, 0.27e-3, 14e-3, 0.08));
        return m;
    }

    /** The named preset ({@code linear-7.5}, {@code linear-5}, {@code phased-3.5}, {@code phased-2.5}). */
    public static Optional<Transducer> preset(String name) {
        return Optional.ofNullable(PRESETS.get(name));
    }

    public static java.util.Set<String> presetNames() {
        return PRESETS.keySet();
    }

    /** The same probe at another centre frequency [Hz] (the depth-versus-frequency lesson). */
    public Transducer withFrequency(double frequencyHz) {
        return new Transducer(name, type, frequencyHz, fractionalBandwidth, elements, pitch, elementWidth, faults,
                elevationHeight, elevationFocus);
    }

    /** The same probe with another pitch [m]; the element width keeps its fraction of the pitch. */
    public Transducer withPitch(double newPitch) {
        return new Transducer(name, type, centreFrequencyHz, fractionalBandwidth, elements, newPitch,
                elementWidth * newPitch / pitch, faults, elevationHeight, elevationFocus);
    }

    /** The same probe with these faulty elements (replacing any it had). */
    public Transducer withFaults(java.util.List<ElementFault> newFaults) {
        return new Transducer(name, type, centreFrequencyHz, fractionalBandwidth, elements, pitch, elementWidth, newFaults,
                elevationHeight, elevationFocus);
    }

    /** The same probe with another elevation aperture [m] and lens focus [m]. */
    public Transducer withElevation(double height, double focus) {
        return new Transducer(name, type, centreFrequencyHz, fractionalBandwidth, elements, pitch, elementWidth, faults,
                height, focus);
    }

    /** Sensitivity of element i relative to a healthy one (1 unless a fault says otherwise). */
    public double elementGain(int i) {
        for (ElementFault f : faults) {
            if (f.element() == i) {
                return f.gain();
            }
        }
        return 1;
    }

    /** Index of the element whose centre is nearest to x [m] (clamped to the array). */
    public int elementNearest(double x) {
        return Math.max(0, Math.min(elements - 1, (int) Math.round(x / pitch + (elements - 1) / 2.0)));
    }

    /** Lateral position [m] of element i's centre, the array centred on x = 0. */
    public double elementX(int i) {
        return (i - (elements - 1) / 2.0) * pitch;
    }

    /** Wavelength [m] at the centre frequency in a medium of speed {@code c} [m/s]. */
    public double wavelength(double c) {
        return c / centreFrequencyHz;
    }

    /** Element directivity sinc(π·w·sinθ/λ) for a wave arriving at angle θ from the element normal. */
    public double directivity(double sinTheta, double wavelength) {
        double a = Math.PI * elementWidth * sinTheta / wavelength;
        return Math.abs(a) < 1e-9 ? 1 : Math.sin(a) / a;
    }
}
