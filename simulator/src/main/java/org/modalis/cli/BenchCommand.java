package org.modalis.cli;

import java.util.concurrent.Callable;
import org.modalis.bench.FbpBenchmark;
import org.modalis.bench.GpuBenchmark;
import org.modalis.bench.MriBenchmark;
import org.modalis.gpu.GlUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modalis bench}: throughput of the heavy operators (see docs/performance.md and docs/gpu.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the heavy operators on this machine: FBP wall time and pixel·views per second for",
            "256² and 512² with 360 and 720 views (parallel beam, CPU), then each operator on the CPU and the",
            "GPU side by side (backprojection parallel and fan, Joseph projection) in giga-updates per second.",
            "Figures are medians of repeats after warm-up; compare ratios, not absolute times, on shared machines."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--cpu-only", description = "skip the GPU side-by-side table")
    boolean cpuOnly;

    @Option(names = "--viewer", description = "instead: the viewer's edit-to-image latency and frame rate at 256² (CT, MRI, X-ray) and for a 64-line ultrasound frame; needs a display (xvfb-run works)")
    boolean viewer;

    @Option(names = "--mri-only", description = "only the MRI operators (analytic k-space, IFFT, radial gridding)")
    boolean mriOnly;

    @Option(names = "--xray", description = "time the X-ray operators instead (radiograph 1024², fluoroscopy 512²)")
    boolean xray;

    @Option(names = "--repeats", defaultValue = "7", description = "timed repeats per case (default ${DEFAULT-VALUE})")
    int repeats;

    @Override
    public Integer call() {
        if (repeats < 1 || repeats > 100) {
            throw new org.modalis.UserInputException("must be between 1 and 100, got " + repeats, null, 0, 0, "--repeats", null);
        }
        if (viewer) {
            try {
                org.modalis.viewer.ViewerLatencyBenchmark.run(org.modalis.viewer.ViewerLatencyBenchmark.standardCases(),
                        repeats, System.out);
                return 0;
            } catch (org.modalis.viewer.ViewerUnavailableException e) {
                spec.commandLine().getErr().println("modalis: no viewer window (" + e.getMessage() + "): use xvfb-run on a machine without a display");
                return 2;
            }
        }
        if (mriOnly) {
            MriBenchmark.main(new String[] {"2", Integer.toString(repeats)});
            return 0;
        }
        if (xray) {
            org.modalis.xray.XrayBenchmark.main(new String[] {Integer.toString(Math.min(repeats, 5))});
            return 0;
        }
        FbpBenchmark.main(new String[] {"2", Integer.toString(repeats)});
        MriBenchmark.main(new String[] {"2", Integer.toString(repeats)});
        if (!cpuOnly) {
            try {
                GpuBenchmark.main(new String[] {"2", Integer.toString(Math.max(3, repeats / 2))});
            } catch (GlUnavailableException e) {
                spec.commandLine().getErr().println("modalis: no OpenGL 4.3 context (" + e.getMessage()
                        + "): GPU table skipped");
            }
        }
        return 0;
    }
}
