package org.modalis.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.modalis.phantom.PhantomLibrary;
import org.modalis.pipeline.CtScannerPresets;
import org.modalis.scenario.ScenarioEntry;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.tissue.Tissue;
import org.modalis.tissue.TissueLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modalis list phantoms|scenarios|tissues}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in phantoms, scenarios, tissues or scanners.")
final class ListCommand implements Callable<Integer> {

    enum What { phantoms, scenarios, tissues, scanners }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "one of: ${COMPLETION-CANDIDATES}")
    What what;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        TissueLibrary tissues = TissueLibrary.load();
        switch (what) {
            case phantoms -> new PhantomLibrary(tissues).list().forEach(e ->
                    o.printf("%-26s %dD  %s%n", e.name(), e.dimension(), e.title()));
            case scenarios -> {
                for (ScenarioEntry e : ScenarioLibrary.standard().list()) {
                    o.printf("%-30s %-4s %s%n", e.name(), e.modality(), e.title());
                }
            }
            case tissues -> {
                for (String name : tissues.names()) {
                    Tissue t = tissues.require(name);
                    String density = t.xray() == null ? "" : String.format(java.util.Locale.ROOT, "%7.4f g/cm³", t.xray().densityGcm3());
                    o.printf("%-20s %s  %s%n", name, density, t.description());
                }
            }
            case scanners -> new CtScannerPresets().list().forEach(p -> o.printf("ct.scanner: %-20s %s%n", p[0], p[1]));
            default -> throw new IllegalStateException();
        }
        return 0;
    }
}
