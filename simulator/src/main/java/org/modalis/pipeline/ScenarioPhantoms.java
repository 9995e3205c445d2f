package org.modalis.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.modalis.UserInputException;
import org.modalis.io.VoxelPhantomFile;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Phantom;
import org.modalis.phantom.PhantomLibrary;
import org.modalis.phantom.PhantomLoader;
import org.modalis.phantom.Roi;
import org.modalis.scenario.PhantomRef;
import org.modalis.tissue.TissueCatalog;

/**
 * Resolves what a scenario's {@code phantom} names — a built-in phantom, an analytic or voxel phantom file,
 * or a phantom resource beside a built-in scenario — into the phantom and the ROIs its definition names.
 * Every modality's binding uses this one resolver.
 */
public final class ScenarioPhantoms {

    /** A phantom with the ROIs its definition names, and the file it came from (null for a built-in one). */
    public record Resolved(Phantom phantom, List<Roi> rois, Path file) {

        /** The analytic phantom, or a user error saying why {@code modality} needs one. */
        public AnalyticPhantom analytic(String why) {
            if (phantom instanceof AnalyticPhantom a) {
                return a;
            }
            throw new UserInputException(why, file, 0, 0, "phantom", "use an analytic phantom (modalis list phantoms)");
        }
    }

    /** What identifies a phantom's definition: the reference, and for a file its modification time and size. */
    private record Source(PhantomRef ref, long modified, long size) {
    }

    private final TissueCatalog tissues;
    private final LastValueMemo<Source, Resolved> memo;

    /** A resolver that loads the phantom on every call (the CLI: one run per process). */
    public ScenarioPhantoms(TissueCatalog tissues) {
        this(tissues, null);
    }

    private ScenarioPhantoms(TissueCatalog tissues, LastValueMemo<Source, Resolved> memo) {
        this.tissues = tissues;
        this.memo = memo;
    }

    /**
     * A resolver that returns the same phantom object while the reference and the file behind it are
     * unchanged (the viewer: every edit re-runs the scenario), so that stages keyed on the phantom can reuse
     * their results. A file edited on disk (new modification time or size) is loaded again.
     */
    public static ScenarioPhantoms remembering(TissueCatalog tissues) {
        return new ScenarioPhantoms(tissues, new LastValueMemo<>());
    }

    public Resolved resolve(PhantomRef ref) {
        if (memo == null) {
            return load(ref);
        }
        long modified = 0;
        long size = 0;
        if (ref instanceof PhantomRef.InFile f) {
            try {
                modified = java.nio.file.Files.getLastModifiedTime(f.file()).toMillis();
                size = java.nio.file.Files.size(f.file());
            } catch (IOException e) {
                return load(ref); // let the loader report the unreadable file
            }
        }
        return memo.get(new Source(ref, modified, size), () -> load(ref));
    }

    private Resolved load(PhantomRef ref) {
        PhantomLibrary library = new PhantomLibrary(tissues);
        if (ref instanceof PhantomRef.Named n) {
            AnalyticPhantom p = library.load(n.name());
            return new Resolved(p, p.rois(), null);
        } else if (ref instanceof PhantomRef.InFile f) {
            if (VoxelPhantomFile.isVoxelFile(f.file())) {
                VoxelPhantomFile.Loaded v = VoxelPhantomFile.read(f.file(), tissues);
                return new Resolved(v.phantom(), v.rois(), f.file());
            }
            AnalyticPhantom p = library.load(f.file().toString());
            return new Resolved(p, p.rois(), f.file());
        }
        String resource = ((PhantomRef.OnClasspath) ref).resource();
        AnalyticPhantom p = new PhantomLoader(tissues).parse(readResource(resource), Path.of(resource),
                Path.of(resource).getFileName().toString().replaceFirst("\\.ya?ml$", ""));
        return new Resolved(p, p.rois(), Path.of(resource));
    }

    private static String readResource(String name) {
        try (InputStream in = ScenarioPhantoms.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new UserInputException("phantom resource '" + name + "' not found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
