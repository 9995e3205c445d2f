package org.modalis.pipeline;

import java.util.List;
import org.modalis.image.Window;
import org.modalis.io.dicom.MrAcquisitionTags;
import org.modalis.io.dicom.MrImageIod;
import org.modalis.io.dicom.NamedWindow;
import org.modalis.mri.MrProtocol;
import org.modalis.mri.MrScanner;
import org.modalis.mri.MriResult;
import org.modalis.mri.PhaseDirection;
import org.modalis.mri.PulseSequence;
import org.modalis.scenario.Scenario;

/**
 * An MRI run's protocol as the MR Image IOD's attributes. Scanning Sequence and Sequence Variant follow
 * PS3.3 C.8.3.1.1: spin echo SE/NONE, spoiled gradient echo GR/SP, inversion recovery spin echo SE\IR/MP, fast spin
 * echo SE/SK (segmented k-space).
 */
final class MriClinicalTags {

    private MriClinicalTags() {
    }

    static MrAcquisitionTags of(Scenario scenario, MriResult result) {
        var mri = scenario.section("mri");
        MrProtocol p = MriScenarioBinding.protocol(mri);
        double field = mri.getDouble("field_t");
        PulseSequence s = p.sequence();
        List<String> scanning = switch (s) {
            case SE -> List.of("SE");
            case GRE -> List.of("GR");
            case IR -> List.of("SE", "IR");
            case BSSFP -> List.of("GR");
            case FSE -> List.of("SE");
        };
        List<String> variant = switch (s) {
            case SE -> List.of("NONE");
            case GRE -> List.of("SP");
            case IR -> List.of("MP");
            case BSSFP -> List.of("SS");
            case FSE -> List.of("SK");
        };
        // Spin-echo and IR excite with 90° (the protocol's flip angle applies to the gradient-echo family only).
        double flip = s == PulseSequence.GRE || s == PulseSequence.BSSFP ? p.flipDeg() : 90;
        return new MrAcquisitionTags(scanning, variant, s.name().toLowerCase(java.util.Locale.ROOT) + "2d",
                p.tr() * 1e3, p.te() * 1e3, s == PulseSequence.IR ? p.ti() * 1e3 : Double.NaN, flip, field,
                new MrScanner(field).larmorHz() / 1e6, p.nex(), p.bandwidthPerPixelHz(), p.matrixRead(), p.matrixPhase(),
                p.phaseDirection() == PhaseDirection.AP ? "COL" : "ROW", p.partialFourier() * 100,
                p.fovPhase() / p.fovRead() * 100, p.sliceThickness() * 1e3, p.slicePosition(), scenario.title(),
                List.of(window(scenario, result)), p.echoesPerExcitation());
    }

    /** The scenario's window (or 0 … 1.1 × the truth's), in stored units: magnitude × {@link MrImageIod#SCALE}. */
    private static NamedWindow window(Scenario scenario, MriResult result) {
        Window t = result.truth().window();
        Window w = scenario.displayWindow().orElse(new Window(t.level() * 1.1, t.width() * 1.1));
        return new NamedWindow("SCENARIO", w.level() * MrImageIod.SCALE, w.width() * MrImageIod.SCALE);
    }
}
