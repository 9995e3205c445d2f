package org.modalis.pipeline;

import java.util.List;
import org.modalis.scenario.Scenario;
import org.modalis.tissue.TissueCatalog;

/** The modalities this build can run, by the name a scenario gives. */
public final class Modalities {

    private final List<Modality> all;

    public Modalities(TissueCatalog tissues) {
        this.all = List.of(new CtModality(tissues), new MriModality(tissues), new XrayModality(tissues),
                new UltrasoundModality(tissues));
    }

    public Modality of(Scenario scenario) {
        return all.stream().filter(m -> m.name().equals(scenario.modality())).findFirst()
                .orElseThrow(() -> scenario.at("modality", "modality '" + scenario.modality() + "' is not available in this version",
                        "available: " + String.join(", ", all.stream().map(Modality::name).toList())));
    }

    /** Runs a scenario with its own {@code recon.backend} (or "auto"). */
    public ModalityRun run(Scenario scenario, Progress progress, java.io.PrintWriter log) {
        String backend = scenario.root().has("recon") && scenario.section("recon").has("backend")
                ? scenario.section("recon").getString("backend") : "auto";
        return of(scenario).run(scenario, progress, backend, log);
    }

}
