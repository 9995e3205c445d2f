package org.modalis.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.modalis.UserInputException;
import org.modalis.metrics.CircularRoi;
import org.modalis.phantom.Phantom;
import org.modalis.scenario.Parameters;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioRoi;
import org.modalis.tissue.TissueCatalog;
import org.modalis.ultrasound.ArrayType;
import org.modalis.ultrasound.EchoModel;
import org.modalis.ultrasound.ElementFault;
import org.modalis.ultrasound.FocalZones;
import org.modalis.ultrasound.MovingWall;
import org.modalis.ultrasound.PlaneWaves;
import org.modalis.ultrasound.Transducer;
import org.modalis.ultrasound.UltrasoundJob;
import org.modalis.ultrasound.UltrasoundProtocol;
import org.modalis.ultrasound.WireTarget;

/**
 * Turns a validated scenario's {@code ultrasound} section into an {@link UltrasoundJob}. The scenario's
 * {@code rois} are read in the probe frame: x_mm = lateral position, y_mm = depth below the probe face. Range
 * errors of the records are reported at the {@code ultrasound} section with the record's message.
 */
public final class UltrasoundScenarioBinding {

    private final ScenarioPhantoms phantoms;

    public UltrasoundScenarioBinding(TissueCatalog tissues) {
        this(new ScenarioPhantoms(tissues));
    }

    /**
     * A binding resolving phantoms with {@code phantoms}: {@link ScenarioPhantoms#remembering} hands back the same
     * phantom for the same name, so {@code ultrasound.UltrasoundEchoMemo} can reuse the echoes across display edits.
     */
    public UltrasoundScenarioBinding(ScenarioPhantoms phantoms) {
        this.phantoms = phantoms;
    }

    /**
     * The transmit foci of a multi-zone frame [m] ({@code focal_zones_mm}; empty: the single focus_mm), checked here
     * so that a mistake names this key.
     */
    private static List<Double> focalZones(Parameters u) {
        List<Double> foci = new ArrayList<>();
        for (double f : u.getDoubles("focal_zones_mm")) {
            foci.add(f * 1e-3);
        }
        try {
            FocalZones.check(foci);
        } catch (IllegalArgumentException e) {
            throw u.at("focal_zones_mm", e.getMessage(), "list the foci in mm, shallowest first, e.g. [10, 20, 30]");
        }
        return foci;
    }

    /** The plane waves asked for, refused here (naming the key) for a phased array. */
    private static PlaneWaves planeWaves(Parameters u, Transducer probe) {
        PlaneWaves waves = new PlaneWaves(u.getInt("plane_waves"), Math.toRadians(u.getDouble("plane_wave_span_deg")));
        if (waves.active() && probe.type() != ArrayType.LINEAR) {
            throw u.at("plane_waves", "plane-wave compounding needs a linear array; " + probe.name() + " is "
                    + probe.type().name().toLowerCase(java.util.Locale.ROOT), "set ultrasound.plane_waves=0 or use a linear probe");
        }
        return waves;
    }

    public UltrasoundJob bind(Scenario scenario) {
        Parameters u = scenario.section("ultrasound");
        try {
            Phantom phantom = phantoms.resolve(scenario.phantom()).phantom();
            Transducer probe = withFaults(probe(u), u, scenario);
            double span = probe.type() == ArrayType.LINEAR ? u.getDouble("width_mm") * 1e-3
                    : Math.toRadians(u.getDouble("sector_deg"));
            UltrasoundProtocol protocol = new UltrasoundProtocol(u.getDouble("depth_mm") * 1e-3, u.getDouble("focus_mm") * 1e-3,
                    u.getInt("lines"), span, u.getDouble("tx_fnumber"), u.getDouble("rx_fnumber"), u.getDouble("tgc_db_cm"),
                    u.getDouble("gain_db"), u.getDouble("dynamic_range_db"), u.getDouble("noise_db"),
                    u.getDouble("samples_per_period"), u.getDouble("beam_floor_db"), u.getDouble("assumed_speed_mps"));
            List<WireTarget> wires = new ArrayList<>();
            if (u.has("wires")) {
                for (Parameters w : u.getList("wires")) {
                    double amplitude = w.has("amplitude") ? w.getDouble("amplitude") : 50;
                    wires.add(new WireTarget(w.getDouble("x_mm") * 1e-3, w.getDouble("depth_mm") * 1e-3, amplitude));
                }
            }
            List<UltrasoundJob.NamedRoi> rois = new ArrayList<>();
            for (ScenarioRoi r : scenario.rois()) {
                rois.add(new UltrasoundJob.NamedRoi(r.name(), new CircularRoi(r.x(), r.y(), r.radius())));
            }
            return new UltrasoundJob(phantom, u.getDouble("probe_y_mm") * 1e-3, probe, protocol, wires, rois,
                    u.getBool("reverberation"), u.getBool("save_channels"), u.getDouble("pixel_mm") * 1e-3, scenario.seed(),
                    EchoModel.valueOf(u.getString("model").toUpperCase(java.util.Locale.ROOT)), u.getBool("refraction"),
                    planeWaves(u, probe), focalZones(u));
        } catch (IllegalArgumentException e) {
            throw scenario.at("ultrasound", e.getMessage(), "see docs/ultrasound.md for the ranges of the ultrasound protocol");
        } catch (UserInputException e) {
            if (e.file() == null && e.key() != null && scenario.root().has(e.key().split("\\.")[0])) {
                throw scenario.at(e.key(), e.getMessage(), e.hint());
            }
            throw e;
        }
    }

    /** The M-mode moving wall, or null when {@code ultrasound.wall_depth_mm} is 0. */
    public MovingWall wall(Scenario scenario) {
        Parameters u = scenario.section("ultrasound");
        if (u.getDouble("wall_depth_mm") == 0) {
            return null;
        }
        try {
            return new MovingWall(u.getDouble("wall_depth_mm") * 1e-3, u.getDouble("wall_excursion_mm") * 1e-3,
                    u.getDouble("wall_rate_hz"), u.getDouble("wall_reflection"), u.getDouble("wall_width_mm") * 1e-3);
        } catch (IllegalArgumentException e) {
            throw scenario.at("ultrasound.wall_depth_mm", e.getMessage(), "the wall must stay below the probe face");
        }
    }

    /** The probe with the scenario's {@code bad_elements}; an index past the probe's end is reported at that key. */
    private static Transducer withFaults(Transducer probe, Parameters u, Scenario scenario) {
        if (!u.has("bad_elements")) {
            return probe;
        }
        List<ElementFault> faults = new ArrayList<>();
        for (Parameters f : u.getList("bad_elements")) {
            faults.add(new ElementFault(f.getInt("element"), f.getDouble("gain")));
        }
        try {
            return probe.withFaults(faults);
        } catch (IllegalArgumentException e) {
            throw scenario.at("ultrasound.bad_elements", e.getMessage(),
                    "elements are numbered 0 .. " + (probe.elements() - 1) + " from the -x end of the " + probe.name() + " array");
        }
    }

    private static Transducer probe(Parameters u) {
        Transducer probe = Transducer.preset(u.getString("probe")).orElseThrow(() -> new IllegalArgumentException(
                "unknown probe '" + u.getString("probe") + "'; presets: " + String.join(", ", Transducer.presetNames())));
        if (u.getDouble("frequency_mhz") > 0) {
            probe = probe.withFrequency(u.getDouble("frequency_mhz") * 1e6);
        }
        if (u.getDouble("pitch_mm") > 0) {
            probe = probe.withPitch(u.getDouble("pitch_mm") * 1e-3);
        }
        double height = u.getDouble("elevation_mm"), focus = u.getDouble("elevation_focus_mm");
        if (height > 0 || focus > 0) {
            probe = probe.withElevation(height > 0 ? height * 1e-3 : probe.elevationHeight(),
                    focus > 0 ? focus * 1e-3 : probe.elevationFocus());
        }
        return probe;
    }
}
