package org.modalis.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.modalis.UserInputException;
import org.modalis.metrics.CircularRoi;
import org.modalis.phantom.Phantom;
import org.modalis.physics.TubeFilter;
import org.modalis.physics.TungstenSpectrumModel;
import org.modalis.physics.TungstenTube;
import org.modalis.scenario.MemoryBudget;
import org.modalis.scenario.Parameters;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioRoi;
import org.modalis.tissue.TissueCatalog;
import org.modalis.xray.AntiScatterGrid;
import org.modalis.xray.Collimator;
import org.modalis.xray.Bolus;
import org.modalis.xray.CsiDetector;
import org.modalis.xray.DsaSettings;
import org.modalis.xray.FocalSpot;
import org.modalis.xray.FrameSettings;
import org.modalis.xray.GaussianBlur;
import org.modalis.xray.MotionBlur;
import org.modalis.xray.PanelReadout;
import org.modalis.xray.ProjectionGeometry;
import org.modalis.xray.XrayJob;

/**
 * Turns a validated scenario's {@code xray} section into an {@link XrayJob}. Range errors of the records
 * (OID &lt; SID, …) are reported at the {@code xray} section. Analytic and voxel phantoms both work (the
 * acquisition only asks for path lengths). The scenario's {@code rois} are read in the detector plane
 * (x_mm = detector x, y_mm = detector z); the phantom's own (axial) ROIs do not apply to a projection.
 */
public final class XrayScenarioBinding {

    private final ScenarioPhantoms phantoms;

    public XrayScenarioBinding(TissueCatalog tissues) {
        this(new ScenarioPhantoms(tissues));
    }

    /** A binding resolving phantoms with {@code phantoms} (e.g. {@link ScenarioPhantoms#remembering}). */
    public XrayScenarioBinding(ScenarioPhantoms phantoms) {
        this.phantoms = phantoms;
    }

    private static FocalSpot focalSpot(Parameters x) {
        return new FocalSpot(x.getDouble("focal_spot_mm") * 1e-3,
                FocalSpot.Shape.valueOf(x.getString("focal_spot_shape").toUpperCase(java.util.Locale.ROOT)),
                x.getInt("focal_spot_samples"));
    }

    private static AntiScatterGrid grid(Parameters x) {
        String mode = x.getString("grid");
        if (mode.equals("none")) {
            return null;
        }
        return new AntiScatterGrid(x.getDouble("grid_ratio"), x.getDouble("grid_lines_per_cm"),
                x.getDouble("grid_strip_um") * 1e-6, mode.equals("moving"));
    }

    /** The timing of a fluoroscopy or DSA run (read even for radiography, where it is unused). */
    public FrameSettings frames(Scenario scenario) {
        Parameters x = scenario.section("xray");
        try {
            return new FrameSettings(x.getDouble("pulse_rate_hz"), x.getDouble("duration_s"), x.getDouble("lag_alpha"),
                    x.getDouble("motion_mm_s"));
        } catch (IllegalArgumentException e) {
            throw scenario.at("xray", e.getMessage(), "see docs/xray.md for the ranges of fluoroscopy and DSA");
        }
    }

    /** The bolus and patient motion of a DSA run. */
    public DsaSettings dsa(Scenario scenario) {
        Parameters x = scenario.section("xray");
        try {
            return new DsaSettings(new Bolus(x.getDouble("iodine_peak_mg_ml"), x.getDouble("bolus_arrival_s"),
                    x.getDouble("bolus_alpha"), x.getDouble("bolus_beta_s")), x.getDouble("patient_shift_mm") * 1e-3);
        } catch (IllegalArgumentException e) {
            throw scenario.at("xray", e.getMessage(), "see docs/xray.md for the DSA keys");
        }
    }

    public XrayJob bind(Scenario scenario) {
        Parameters x = scenario.section("xray");
        try {
            Phantom phantom = phantoms.resolve(scenario.phantom()).phantom();
            TungstenTube tube = new TungstenTube(x.getDouble("kvp"), x.getDouble("anode_angle_deg"),
                    TungstenTube.DEFAULT_INHERENT_FILTRATION_MM_AL, List.of(), TungstenTube.DEFAULT_BIN_WIDTH_KEV,
                    TungstenTube.DEFAULT_MIN_ENERGY_KEV);
            if (x.getDouble("filter_mm_al") > 0) {
                tube = tube.withAddedFilter(new TubeFilter(new TungstenSpectrumModel().aluminium(), x.getDouble("filter_mm_al")));
            }
            ProjectionGeometry g = new ProjectionGeometry(x.getDouble("sid_cm") * 1e-2, x.getDouble("oid_cm") * 1e-2,
                    x.getDouble("pixel_mm") * 1e-3, x.getInt("cols"), x.getInt("rows"));
            MemoryBudget.check("the detector images (xray.cols × xray.rows)", (long) g.cols() * g.rows() * 48,
                    "xray.cols or xray.rows");
            List<XrayJob.NamedRoi> rois = new ArrayList<>();
            for (ScenarioRoi r : scenario.rois()) {
                rois.add(new XrayJob.NamedRoi(r.name(), new CircularRoi(r.x(), r.y(), r.radius())));
            }
            PanelReadout readout = new PanelReadout(new GaussianBlur(x.getDouble("blur_mm") * 1e-3),
                    x.getDouble("gain_e_per_kev"), x.getDouble("read_noise_e"), x.getDouble("full_well_e"));
            return new XrayJob(phantom, tube, x.getDouble("mas"), g, new CsiDetector(x.getDouble("csi_mm") * 1e-3),
                    focalSpot(x), x.getBool("heel"),
                    new MotionBlur(x.getDouble("motion_mm_s") * 1e-3, x.getDouble("exposure_time_ms") * 1e-3),
                    new Collimator(x.getDouble("field_x_cm") * 1e-2, x.getDouble("field_z_cm") * 1e-2),
                    x.getBool("scatter"), grid(x), x.getDouble("backscatter_factor"), readout, x.getDouble("ei_target"), x.getBool("noise"), rois, scenario.seed());
        } catch (IllegalArgumentException e) {
            throw scenario.at("xray", e.getMessage(), "see docs/xray.md for the ranges of the X-ray protocol");
        } catch (UserInputException e) {
            if (e.file() == null && e.key() != null && scenario.root().has(e.key().split("\\.")[0])) {
                throw scenario.at(e.key(), e.getMessage(), e.hint());
            }
            throw e;
        }
    }
}
