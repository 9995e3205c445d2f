package org.modalis.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.modalis.UserInputException;
import org.modalis.image.Grid;
import org.modalis.io.VoxelPhantomFile;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.PhantomLibrary;
import org.modalis.phantom.VoxelPhantom;
import org.modalis.phantom.Voxelizer;
import org.modalis.scenario.MemoryBudget;
import org.modalis.tissue.TissueLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modalis voxelize PHANTOM}: turn an analytic phantom into a voxel (label-volume) phantom. */
@Command(name = "voxelize", mixinStandardHelpOptions = true,
        description = {"Write a voxel phantom (labels.npy + a YAML table of what each label is) from an analytic one,",
            "each voxel taking the majority material of supersample³ sub-samples. Use the YAML as a scenario's",
            "phantom: voxel phantoms are projected by exact Siddon ray tracing."})
final class VoxelizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PHANTOM", description = "built-in phantom name or analytic phantom file")
    String phantom;

    @Option(names = "--size", defaultValue = "256", description = "voxels per side in x and y (default ${DEFAULT-VALUE})")
    int size;

    @Option(names = "--fov-mm", defaultValue = "250", description = "width of the volume in mm (default ${DEFAULT-VALUE})")
    double fovMm;

    @Option(names = "--slices", defaultValue = "1", description = "slices along z; 1 makes a 2-D prism (default ${DEFAULT-VALUE})")
    int slices;

    @Option(names = "--slice-mm", defaultValue = "5", description = "slice thickness in mm (default ${DEFAULT-VALUE})")
    double sliceMm;

    @Option(names = "--supersample", defaultValue = "3", description = "sub-samples per voxel side (default ${DEFAULT-VALUE})")
    int supersample;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Override
    public Integer call() {
        check("--size", size, 8, 2048);
        check("--slices", slices, 1, 1024);
        check("--supersample", supersample, 1, 8);
        if (!(fovMm > 0 && fovMm <= 1000) || !(sliceMm > 0 && sliceMm <= 100)) {
            throw new UserInputException("--fov-mm must be in (0, 1000] and --slice-mm in (0, 100]", null, 0, 0, "--fov-mm", null);
        }
        MemoryBudget.check("the label volume (--size² × --slices)", (long) size * size * slices * 2, "--size or --slices");
        AnalyticPhantom source = new PhantomLibrary(TissueLibrary.load()).load(phantom);
        Grid grid = new Grid(size, size, slices, fovMm * 1e-3 / size, fovMm * 1e-3 / size, sliceMm * 1e-3);
        VoxelPhantom voxels = Voxelizer.voxelPhantom(source, grid, supersample);
        Path yaml = VoxelPhantomFile.write(voxels, source.rois(), "Voxelized " + source.name(), out);
        spec.commandLine().getOut().printf(Locale.ROOT, "%d×%d×%d voxels of %.3g mm, %d labels; wrote %s%n", size, size, slices,
                fovMm / size, voxels.labelCount(), yaml);
        return 0;
    }

    private static void check(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new UserInputException("must be between " + min + " and " + max + ", got " + value, null, 0, 0, option, null);
        }
    }
}
