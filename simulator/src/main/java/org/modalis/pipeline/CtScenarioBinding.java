package org.modalis.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modalis.UserInputException;
import org.modalis.ct.CtJob;
import org.modalis.ct.CtReconSettings;
import org.modalis.ct.DetectorShape;
import org.modalis.ct.acquisition.BadBin;
import org.modalis.ct.acquisition.BeamSpec;
import org.modalis.ct.acquisition.CtProtocol;
import org.modalis.ct.acquisition.CtScanner;
import org.modalis.ct.acquisition.RigidMotion;
import org.modalis.ct.recon.FilterWindow;
import org.modalis.metrics.CircularRoi;
import org.modalis.phantom.Roi;
import org.modalis.scenario.MemoryBudget;
import org.modalis.scenario.Parameters;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioRoi;
import org.modalis.tissue.TissueCatalog;

/**
 * Turns a validated scenario's {@code ct} and {@code recon} sections into a {@link CtJob}. Range errors
 * the records raise (with their key) are re-reported at the line of the scenario where the key was
 * written; the memory the run will need is checked before anything is allocated.
 */
public final class CtScenarioBinding {

    private final ScenarioPhantoms phantoms;

    public CtScenarioBinding(TissueCatalog tissues) {
        this(new ScenarioPhantoms(tissues));
    }

    /** A binding resolving phantoms with {@code phantoms} (e.g. {@link ScenarioPhantoms#remembering}). */
    public CtScenarioBinding(ScenarioPhantoms phantoms) {
        this.phantoms = phantoms;
    }

    public CtJob bind(Scenario scenario) {
        try {
            ScenarioPhantoms.Resolved located = phantoms.resolve(scenario.phantom());
            Parameters ct = scenario.section("ct");
            Parameters recon = scenario.section("recon");
            CtScanner scanner = scanner(ct);
            CtProtocol protocol = protocol(ct);
            CtReconSettings settings = recon(recon);
            checkMemory(scanner, protocol, settings);
            return new CtJob(located.phantom(), scanner, protocol, settings, rois(located.rois(), scenario), scenario.seed());
        } catch (UserInputException e) {
            if (e.file() == null && e.key() != null && scenario.root().has(e.key().split("\\.")[0])) {
                throw scenario.at(e.key(), e.getMessage(), e.hint());
            }
            throw e;
        }
    }

    static CtScanner scanner(Parameters ct) {
        CtScannerPresets presets = new CtScannerPresets();
        boolean parallel = presets.value(ct, "geometry").asText().equals("parallel");
        DetectorShape shape = presets.value(ct, "detector").asText().equals("flat") ? DetectorShape.FLAT : DetectorShape.ARC;
        return new CtScanner(parallel, shape, presets.value(ct, "bins").asInt(), presets.value(ct, "bin_mm").asDouble() * 1e-3,
                presets.value(ct, "detector_offset").asDouble(), presets.value(ct, "source_iso_mm").asDouble() * 1e-3,
                presets.value(ct, "source_detector_mm").asDouble() * 1e-3, presets.value(ct, "oversample").asInt());
    }

    static CtProtocol protocol(Parameters ct) {
        BeamSpec beam = new BeamSpec(ct.getString("spectrum").equals("poly"), ct.getDouble("kvp"), ct.getDouble("energy_kev"),
                ct.getDouble("filter_mm_al"), ct.getDouble("filter_mm_cu"));
        List<BadBin> bad = new ArrayList<>();
        if (ct.has("bad_bins")) {
            for (Parameters b : ct.getList("bad_bins")) {
                bad.add(new BadBin(b.getInt("bin"), b.getDouble("gain")));
            }
        }
        return new CtProtocol(ct.getInt("views"), ct.getDouble("arc_deg"), ct.getBool("short_scan"),
                ct.getDouble("slice_mm") * 1e-3, ct.getDouble("rotation_s"), beam, ct.getDouble("mas"),
                ct.getBool("noise"), ct.getDouble("electronic_noise"), bad, motion(ct));
    }

    private static RigidMotion motion(Parameters ct) {
        if (!ct.has("motion")) {
            return RigidMotion.NONE;
        }
        Parameters m = ct.section("motion");
        double[] shift = m.has("shift_mm") ? m.getDoubles("shift_mm") : new double[2];
        double[] amp = m.has("amplitude_mm") ? m.getDoubles("amplitude_mm") : new double[2];
        double period = m.has("period_s") ? m.getDouble("period_s") : 0;
        return new RigidMotion(shift[0] * 1e-3, shift[1] * 1e-3, amp[0] * 1e-3, amp[1] * 1e-3, period);
    }

    static CtReconSettings recon(Parameters recon) {
        FilterWindow window = FilterWindow.valueOf(recon.getString("filter").toUpperCase(Locale.ROOT).replace('-', '_'));
        return new CtReconSettings(window, recon.getDouble("cutoff"), recon.getInt("size"), recon.getDouble("fov_mm") * 1e-3,
                recon.getString("bhc").equals("water"));
    }

    /** Sinogram (+ a corrected and a filtered copy) and images (μ, HU, truth, error maps) must fit in the heap. */
    private static void checkMemory(CtScanner scanner, CtProtocol protocol, CtReconSettings recon) {
        long sinogram = (long) protocol.views() * scanner.bins() * Float.BYTES;
        MemoryBudget.check("the sinogram (ct.views × ct.bins, three copies)", 3 * sinogram, "ct.views or ct.bins");
        long pixels = (long) recon.size() * recon.size();
        MemoryBudget.check("the images (recon.size², float and double maps)", pixels * 40 + 3 * sinogram, "recon.size");
    }

    private static List<CtJob.NamedRoi> rois(List<Roi> phantomRois, Scenario scenario) {
        List<CtJob.NamedRoi> out = new ArrayList<>();
        for (Roi r : phantomRois) {
            out.add(new CtJob.NamedRoi(r.name(), new CircularRoi(r.x(), r.y(), r.radius())));
        }
        for (ScenarioRoi r : scenario.rois()) {
            out.removeIf(n -> n.name().equals(r.name()));
            out.add(new CtJob.NamedRoi(r.name(), new CircularRoi(r.x(), r.y(), r.radius())));
        }
        return out;
    }
}
