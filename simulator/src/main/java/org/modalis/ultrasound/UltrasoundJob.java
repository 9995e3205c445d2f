package org.modalis.ultrasound;

import java.util.List;
import java.util.Objects;
import org.modalis.metrics.CircularRoi;
import org.modalis.phantom.Phantom;

/**
 * One B-mode acquisition: the phantom and where the probe sits on it, the probe, the protocol, wire targets,
 * regions to measure, and what to keep. The probe lies in the phantom's plane z = 0 at height {@code probeY},
 * looking down (−y): probe-frame depth d is phantom y = probeY − d.
 *
 * @param phantom       the truth
 * @param probeY        phantom y [m] of the probe face
 * @param transducer    the probe
 * @param protocol      the scan settings
 * @param wires         point targets (probe frame)
 * @param rois          named circular regions in the probe frame (centre x = lateral, centre y = depth)
 * @param reverberation whether multiple reflections between strong reflectors are simulated
 * @param keepChannels  whether the per-element channel data are kept for export (memory: lines × aperture × samples)
 * @param pixel         display pixel size [m]
 * @param seed          seed of the scatterer positions and the electronic noise
 * @param model         echo model of B-mode frames ({@link EchoModel}); kept channels force the channel model
 * @param refraction    whether the sound bends at interfaces between tissues of different speed ({@link Medium})
 * @param planeWaves    plane-wave compounding instead of focused lines ({@link PlaneWaves#NONE}: focused)
 * @param focalZones    transmit foci [m] of a multi-zone frame, ascending (each line fired once per focus, the
 *                      zones stitched at the midpoints: {@link FocalZones}); empty: the protocol's single focus
 */
public record UltrasoundJob(Phantom phantom, double probeY, Transducer transducer, UltrasoundProtocol protocol,
                            List<WireTarget> wires, List<NamedRoi> rois, boolean reverberation, boolean keepChannels,
                            double pixel, long seed, EchoModel model, boolean refraction, PlaneWaves planeWaves,
                            List<Double> focalZones) {

    /** A job with one transmit focus (the protocol's). */
    public UltrasoundJob(Phantom phantom, double probeY, Transducer transducer, UltrasoundProtocol protocol,
                         List<WireTarget> wires, List<NamedRoi> rois, boolean reverberation, boolean keepChannels,
                         double pixel, long seed, EchoModel model, boolean refraction, PlaneWaves planeWaves) {
        this(phantom, probeY, transducer, protocol, wires, rois, reverberation, keepChannels, pixel, seed, model,
                refraction, planeWaves, List.of());
    }

    /** A job with focused lines (no plane waves). */
    public UltrasoundJob(Phantom phantom, double probeY, Transducer transducer, UltrasoundProtocol protocol,
                         List<WireTarget> wires, List<NamedRoi> rois, boolean reverberation, boolean keepChannels,
                         double pixel, long seed, EchoModel model, boolean refraction) {
        this(phantom, probeY, transducer, protocol, wires, rois, reverberation, keepChannels, pixel, seed, model,
                refraction, PlaneWaves.NONE);
    }

    /** A job on straight rays (no refraction) with echo model {@code model}. */
    public UltrasoundJob(Phantom phantom, double probeY, Transducer transducer, UltrasoundProtocol protocol,
                         List<WireTarget> wires, List<NamedRoi> rois, boolean reverberation, boolean keepChannels,
                         double pixel, long seed, EchoModel model) {
        this(phantom, probeY, transducer, protocol, wires, rois, reverberation, keepChannels, pixel, seed, model, false);
    }

    /** A job with the default echo model, {@link EchoModel#AUTO}. */
    public UltrasoundJob(Phantom phantom, double probeY, Transducer transducer, UltrasoundProtocol protocol,
                         List<WireTarget> wires, List<NamedRoi> rois, boolean reverberation, boolean keepChannels,
                         double pixel, long seed) {
        this(phantom, probeY, transducer, protocol, wires, rois, reverberation, keepChannels, pixel, seed, EchoModel.AUTO);
    }

    /** The same job with another echo model. */
    public UltrasoundJob withModel(EchoModel newModel) {
        return new UltrasoundJob(phantom, probeY, transducer, protocol, wires, rois, reverberation, keepChannels, pixel,
                seed, newModel, refraction, planeWaves, focalZones);
    }

    /** The same job with another seed (another draw of the scatterers and the noise). */
    public UltrasoundJob withSeed(long newSeed) {
        return new UltrasoundJob(phantom, probeY, transducer, protocol, wires, rois, reverberation, keepChannels, pixel,
                newSeed, model, refraction, planeWaves, focalZones);
    }

    /** The same job with the rays bent by refraction, or straight. */
    public UltrasoundJob withRefraction(boolean bent) {
        return new UltrasoundJob(phantom, probeY, transducer, protocol, wires, rois, reverberation, keepChannels, pixel,
                seed, model, bent, planeWaves, focalZones);
    }

    /** The same job with plane-wave compounding ({@link PlaneWaves#NONE}: focused lines). */
    public UltrasoundJob withPlaneWaves(PlaneWaves waves) {
        return new UltrasoundJob(phantom, probeY, transducer, protocol, wires, rois, reverberation, keepChannels, pixel,
                seed, model, refraction, waves, focalZones);
    }

    /** The same job with transmit focal zones [m] (empty: the protocol's single focus). */
    public UltrasoundJob withFocalZones(List<Double> foci) {
        return new UltrasoundJob(phantom, probeY, transducer, protocol, wires, rois, reverberation, keepChannels, pixel,
                seed, model, refraction, planeWaves, foci);
    }

    /** This job for one focal zone: the protocol's focus moved to {@code focus} [m], no other zone. */
    UltrasoundJob zone(double focus) {
        return new UltrasoundJob(phantom, probeY, transducer, protocol.withDepthAndFocus(protocol.depth(), focus), wires,
                rois, reverberation, keepChannels, pixel, seed, model, refraction, planeWaves, List.of());
    }

    /**
     * Transmit events per frame: one per plane wave, else one per line and focal zone. Each waits for the echoes of
     * the whole depth, so the frame rate is 1 / (firings · 2 · depth / c).
     */
    public int firingsPerFrame() {
        return planeWaves.active() ? planeWaves.count() : protocol.lines() * Math.max(1, focalZones.size());
    }

    /** Frames per second the scanner can acquire: 1 / (firings · 2 · depth / c), c its speed setting. */
    public double frameRate() {
        return 1 / (firingsPerFrame() * 2 * protocol.depth() / protocol.assumedSpeed());
    }

    /** What the firings are, in words: "64 lines", "3 zones x 64 lines", "15 plane waves". */
    public String firingsDescription() {
        if (planeWaves.active()) {
            return planeWaves.count() + " plane wave" + (planeWaves.count() == 1 ? "" : "s");
        }
        return focalZones.size() > 1 ? focalZones.size() + " zones x " + protocol.lines() + " lines"
                : protocol.lines() + " lines";
    }

    /** A named region of interest in the probe frame. */
    public record NamedRoi(String name, CircularRoi roi) {
    }

    public UltrasoundJob {
        Objects.requireNonNull(phantom, "phantom");
        Objects.requireNonNull(transducer, "transducer");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(planeWaves, "planeWaves");
        focalZones = List.copyOf(focalZones);
        FocalZones.check(focalZones);
        if (focalZones.size() > 1 && (planeWaves.active() || keepChannels)) {
            throw new IllegalArgumentException("focal zones are for focused lines without saved channels: set"
                    + " focal_zones_mm to [] with plane waves or save_channels");
        }
        if (planeWaves.active() && transducer.type() != ArrayType.LINEAR) {
            throw new IllegalArgumentException("plane-wave compounding needs a linear array; " + transducer.name()
                    + " is phased: set plane_waves to 0 or use a linear probe");
        }
        if (planeWaves.active() && keepChannels) {
            throw new IllegalArgumentException("plane-wave frames do not export channel data: set save_channels to false"
                    + " or plane_waves to 0");
        }
        wires = List.copyOf(wires);
        rois = List.copyOf(rois);
        if (!(pixel >= 10e-6 && pixel <= 2e-3)) {
            throw new IllegalArgumentException("pixel size must be in [0.01, 2] mm, got " + pixel * 1e3 + " mm");
        }
    }
}
