package org.modalis.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.modalis.UserInputException;
import org.modalis.viewer.Viewer;
import org.modalis.viewer.ViewerOptions;
import org.modalis.viewer.ViewerUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code modalis view [SCENARIO]}: the interactive viewer (docs/viewer.md). */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = {"Open the interactive viewer on a scenario (CT, MRI, ultrasound, X-ray): change any parameter and",
            "see the truth, the raw data (sinogram, k-space, ultrasound lines, detector image) and the image update;",
            "window/level, zoom, ROI, profile, A/B compare, dose and scan-time read-outs.",
            "Needs a display (X11 or Wayland) and OpenGL 3.3. Exit status: 0 closed, 2 a mistake or no display."})
final class ViewCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "ct/quality",
            description = "scenario file or built-in name (default: ${DEFAULT-VALUE}); see 'modalis list scenarios'")
    String scenario;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override a parameter at start, e.g. --set ct.views=90 (repeatable)")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1400x850", description = "window size (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--no-warm-up", description = "do not run the most used edits in the background after the first "
            + "image (they make the first edits faster; this saves their few seconds of CPU)")
    boolean noWarmUp;

    @Override
    public Integer call() {
        String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x");
        ViewerOptions options;
        try {
            options = new ViewerOptions(Integer.parseInt(wh[0].strip()), Integer.parseInt(wh[1].strip()), true,
                    !noWarmUp);
        } catch (RuntimeException e) {
            throw new UserInputException("window size must be WIDTHxHEIGHT within 800x600 … 8192x8192, got '" + size + "'",
                    null, 0, 0, "--size", "e.g. --size 1400x850");
        }
        try (Viewer viewer = Viewer.open(scenario, overrides, options)) {
            viewer.runUntilClosed();
        } catch (ViewerUnavailableException e) {
            throw new UserInputException("cannot open the viewer window: " + e.getMessage(), null, 0, 0, null,
                    "'modalis run' writes the same images as files without a display");
        }
        return 0;
    }
}
