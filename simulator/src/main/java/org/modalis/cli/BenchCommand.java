package org.modalis.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code modalis bench}: throughput of the heavy operators (see docs/performance.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure FBP throughput (256² and 512², 360 and 720 views, parallel beam) on this machine:",
            "wall time and pixel-views per second, median of repeats after warm-up."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        org.modalis.bench.FbpBenchmark.main(new String[0]);
        return 0;
    }
}
