package org.modalis.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modalis.ct.CtReconSettings;
import org.modalis.ct.CtResult;
import org.modalis.ct.acquisition.BeamSpec;
import org.modalis.ct.acquisition.CtProtocol;
import org.modalis.ct.acquisition.CtScanner;
import org.modalis.image.Window;
import org.modalis.io.dicom.CtAcquisitionTags;
import org.modalis.io.dicom.DecimalString;
import org.modalis.io.dicom.NamedWindow;
import org.modalis.scenario.Scenario;

/** A CT run's scanner, protocol, reconstruction and dose as the CT Image IOD's attributes. */
final class CtClinicalTags {

    /**
     * Window presets after the scenario's (level/width in HU): the customary soft-tissue, lung and bone
     * windows of clinical CT consoles (e.g. Radiopaedia "Windowing (CT)": 40/400, −600/1500, 400/1800).
     */
    static final List<NamedWindow> PRESETS = List.of(new NamedWindow("SOFT TISSUE", 40, 400),
            new NamedWindow("LUNG", -600, 1500), new NamedWindow("BONE", 400, 1800));

    private CtClinicalTags() {
    }

    static CtAcquisitionTags of(Scenario scenario, CtResult result) {
        CtScanner scanner = CtScenarioBinding.scanner(scenario.section("ct"));
        CtProtocol protocol = CtScenarioBinding.protocol(scenario.section("ct"));
        CtReconSettings recon = CtScenarioBinding.recon(scenario.section("recon"));
        BeamSpec beam = protocol.beam();
        double timeMs = protocol.durationS(scanner.arcRad(protocol)) * 1e3;
        String kernel = recon.window().name() + " " + DecimalString.of(recon.cutoff());
        String filter = beam.polychromatic()
                ? String.format(Locale.ROOT, "AL%s CU%s", DecimalString.of(beam.filterMmAl()), DecimalString.of(beam.filterMmCu()))
                : "MONO " + DecimalString.of(beam.energyKev()) + "KEV";
        return new CtAcquisitionTags(beam.polychromatic() ? beam.kvp() : Double.NaN, timeMs, protocol.exposureMas(),
                result.dose().ctdiVolMgy(), result.dose().phantomDiameterCm(), kernel, filter,
                2 * scanner.scanFieldRadius() * 1e3, recon.fovM() * 1e3, scanner.sourceDetectorM() * 1e3,
                scanner.sourceIsoM() * 1e3, protocol.sliceM() * 1e3, scenario.title(), windows(scenario, result));
    }

    /** The display window of the run: the scenario's, else the image's default. */
    static Window window(Scenario scenario, CtResult result) {
        return scenario.displayWindow().orElse(result.image().window());
    }

    private static List<NamedWindow> windows(Scenario scenario, CtResult result) {
        Window w = window(scenario, result);
        List<NamedWindow> out = new ArrayList<>();
        out.add(new NamedWindow("SCENARIO", w.level(), w.width()));
        out.addAll(PRESETS);
        return out;
    }
}
