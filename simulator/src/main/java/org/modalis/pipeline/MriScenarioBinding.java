package org.modalis.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modalis.UserInputException;
import org.modalis.metrics.CircularRoi;
import org.modalis.mri.CartesianRecon;
import org.modalis.mri.CoilArray;
import org.modalis.mri.EchoTrain;
import org.modalis.mri.MultiCoilAcquisition;
import org.modalis.mri.KSpaceFault;
import org.modalis.mri.MrSetup;
import org.modalis.mri.RadialAcquisition;
import org.modalis.mri.RadialTrajectory;
import org.modalis.mri.ShimField;
import org.modalis.mri.MrProtocol;
import org.modalis.mri.MrScanner;
import org.modalis.mri.MriJob;
import org.modalis.mri.PeriodicMotion;
import org.modalis.mri.PhaseDirection;
import org.modalis.mri.PulseSequence;
import org.modalis.mri.ReconWindow;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Roi;
import org.modalis.scenario.MemoryBudget;
import org.modalis.scenario.Parameters;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioRoi;
import org.modalis.tissue.TissueCatalog;

/**
 * Turns a validated scenario's {@code mri} section into an {@link MriJob}. The records' range checks
 * (TE &lt; TR, even matrices, …) are reported at the {@code mri} section of the scenario; the memory of the
 * k-space and images is checked before anything is allocated. MRI needs an analytic phantom (its k-space is
 * the analytic Fourier transform of the shapes); a voxel phantom is refused with that reason.
 */
public final class MriScenarioBinding {

    private final ScenarioPhantoms phantoms;

    public MriScenarioBinding(TissueCatalog tissues) {
        this(new ScenarioPhantoms(tissues));
    }

    /**
     * A binding resolving phantoms with {@code phantoms}: {@link ScenarioPhantoms#remembering} hands back the same
     * phantom for the same name, so {@code mri.MriSpectraMemo} can reuse a geometry's spectra across edits.
     */
    public MriScenarioBinding(ScenarioPhantoms phantoms) {
        this.phantoms = phantoms;
    }

    public MriJob bind(Scenario scenario) {
        Parameters mri = scenario.section("mri");
        try {
            ScenarioPhantoms.Resolved resolved = phantoms.resolve(scenario.phantom());
            AnalyticPhantom phantom = resolved.analytic("MRI needs an analytic phantom: its k-space is the Fourier"
                    + " transform of the shapes; voxel phantoms are not supported for MRI yet");
            MrScanner scanner = new MrScanner(mri.getDouble("field_t"), mri.getDouble("snr_constant"));
            MrProtocol protocol = protocol(mri);
            CartesianRecon recon = new CartesianRecon(mri.getInt("zero_fill"),
                    ReconWindow.valueOf(mri.getString("window").toUpperCase(Locale.ROOT)),
                    mri.getString("partial_fourier_recon").equals("homodyne"));
            long samples = (long) protocol.matrixPhase() * protocol.acquiredRead() * recon.zeroFill() * recon.zeroFill();
            MemoryBudget.check("the k-space and images (mri.matrix_read × mri.matrix_phase × zero_fill²)", samples * 40,
                    "mri.matrix_read, mri.matrix_phase or mri.zero_fill");
            return new MriJob(phantom, scanner, protocol, recon, rois(phantom.rois(), scenario), scenario.seed(), setup(mri, protocol));
        } catch (IllegalArgumentException e) {
            throw scenario.at("mri", e.getMessage(), "see docs/mri.md for the ranges of the MRI protocol");
        } catch (UserInputException e) {
            if (e.file() == null && e.key() != null && scenario.root().has(e.key().split("\\.")[0])) {
                throw scenario.at(e.key(), e.getMessage(), e.hint());
            }
            throw e;
        }
    }

    static MrProtocol protocol(Parameters mri) {
        PulseSequence sequence = PulseSequence.valueOf(mri.getString("sequence").toUpperCase(Locale.ROOT));
        PhaseDirection direction = PhaseDirection.valueOf(mri.getString("phase_direction").toUpperCase(Locale.ROOT));
        return new MrProtocol(sequence, mri.getDouble("tr_ms") * 1e-3, mri.getDouble("te_ms") * 1e-3,
                mri.getDouble("ti_ms") * 1e-3, mri.getDouble("flip_deg"), mri.getDouble("fov_read_mm") * 1e-3,
                mri.getDouble("fov_phase_mm") * 1e-3, mri.getInt("matrix_read"), mri.getInt("matrix_phase"),
                mri.getDouble("slice_mm") * 1e-3, mri.getDouble("slice_position_mm") * 1e-3, mri.getInt("nex"),
                mri.getDouble("bandwidth_hz_per_pixel"), direction, mri.getInt("oversampling"), mri.getBool("noise"),
                motion(mri), mri.getDouble("partial_fourier"), echoTrain(mri, sequence));
    }

    /** The echo train of {@code mri.etl} and {@code mri.esp_ms} for fse, null for the other sequences. */
    private static EchoTrain echoTrain(Parameters mri, PulseSequence sequence) {
        return sequence == PulseSequence.FSE ? new EchoTrain(mri.getInt("etl"), mri.getDouble("esp_ms") * 1e-3) : null;
    }

    /** Trajectory, field error and faults: {@code trajectory}, {@code spokes}, {@code shim}, {@code rf_spike}, {@code zipper}. */
    static MrSetup setup(Parameters mri, MrProtocol protocol) {
        if (protocol.sequence() == PulseSequence.FSE
                && (!mri.getString("trajectory").equals("cartesian") || mri.section("coils").getInt("count") != 1)) {
            throw new IllegalArgumentException("fse is modelled for Cartesian sampling with the body coil only:"
                    + " set mri.trajectory: cartesian and mri.coils.count: 1");
        }
        int echoes = mri.getInt("echoes");
        if (echoes > 1 && (protocol.sequence() != PulseSequence.SE || !mri.getString("trajectory").equals("cartesian")
                || mri.section("coils").getInt("count") != 1)) {
            throw new UserInputException("a multi-echo series (mri.echoes = " + echoes + ") is modelled for a Cartesian spin"
                    + " echo with the body coil only", null, 0, 0, "mri.echoes",
                    "set mri.sequence: se, mri.trajectory: cartesian and mri.coils.count: 1, or mri.echoes: 1");
        }
        RadialTrajectory radial = null;
        if (mri.getString("trajectory").equals("radial")) {
            if (protocol.fovPhase() != protocol.fovRead() || protocol.matrixPhase() != protocol.matrixRead()) {
                throw new IllegalArgumentException("radial imaging has a square field of view: set fov_phase_mm = fov_read_mm"
                        + " and matrix_phase = matrix_read");
            }
            radial = RadialAcquisition.trajectory(protocol, mri.getInt("spokes"), mri.getString("spoke_order").equals("golden"));
        }
        Parameters shim = mri.section("shim");
        ShimField field = new ShimField(shim.getDouble("offset_hz"), shim.getDouble("gx_hz_per_mm") * 1e3,
                shim.getDouble("gy_hz_per_mm") * 1e3);
        List<KSpaceFault> faults = new ArrayList<>();
        Parameters spike = mri.section("rf_spike");
        if (spike.getDouble("brightness") > 0) {
            faults.add(new KSpaceFault.RfSpike(spike.getInt("line"), spike.getInt("sample"), spike.getDouble("brightness")));
        }
        Parameters zipper = mri.section("zipper");
        if (zipper.getDouble("brightness") > 0) {
            faults.add(new KSpaceFault.RfLeak(zipper.getDouble("offset_hz"), zipper.getDouble("brightness")));
        }
        return new MrSetup(radial, field, faults, coils(mri.section("coils"), protocol), mri.section("coils").getInt("sense"),
                echoes);
    }

    /** The receive array of {@code mri.coils}, or null for the body coil (count 1). */
    private static CoilArray coils(Parameters c, MrProtocol protocol) {
        if (c.getInt("count") == 1) {
            return null;
        }
        double[] periods = MultiCoilAcquisition.periods(protocol);
        return CoilArray.ring(c.getInt("count"), c.getDouble("ring_radius_mm") * 1e-3, c.getDouble("loop_radius_mm") * 1e-3,
                c.getInt("failed"), periods[0], periods[1]);
    }

    private static PeriodicMotion motion(Parameters mri) {
        if (!mri.has("motion")) {
            return null;
        }
        Parameters m = mri.section("motion");
        double amplitude = m.has("amplitude_mm") ? m.getDouble("amplitude_mm") * 1e-3 : 0;
        if (amplitude == 0) {
            return null;
        }
        double period = m.has("period_s") ? m.getDouble("period_s") : 4;
        boolean alongY = !m.has("axis") || m.getString("axis").equals("y");
        return new PeriodicMotion(amplitude, period, alongY);
    }

    private static List<MriJob.NamedRoi> rois(List<Roi> phantomRois, Scenario scenario) {
        List<MriJob.NamedRoi> out = new ArrayList<>();
        for (Roi r : phantomRois) {
            out.add(new MriJob.NamedRoi(r.name(), new CircularRoi(r.x(), r.y(), r.radius())));
        }
        for (ScenarioRoi r : scenario.rois()) {
            out.removeIf(n -> n.name().equals(r.name()));
            out.add(new MriJob.NamedRoi(r.name(), new CircularRoi(r.x(), r.y(), r.radius())));
        }
        return out;
    }
}
