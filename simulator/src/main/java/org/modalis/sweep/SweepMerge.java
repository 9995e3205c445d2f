package org.modalis.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.modalis.UserInputException;
import org.modalis.io.OutputDirectory;

/**
 * Joins the outputs of the N shards of one sweep: checks they are the same sweep (scenario, overrides,
 * plan, seed, plots) and that shards 1…N are each present once, copies every {@code points/<id>/} folder,
 * joins the metrics rows in grid order and re-makes the summary files with {@link SweepOutputs}, as an
 * unsharded run would (its manifest says shard 1/1).
 */
public final class SweepMerge {

    private SweepMerge() {
    }

    /** Merges {@code shardDirs} into {@code outDir}; returns the merged manifest. */
    public static SweepManifest merge(List<Path> shardDirs, Path outDir) {
        if (shardDirs.isEmpty()) {
            throw new UserInputException("nothing to merge", null, 0, 0, null, "give the shard output folders");
        }
        List<SweepManifest> parts = shardDirs.stream().map(SweepManifest::read).toList();
        SweepManifest whole = checkShards(shardDirs, parts);
        OutputDirectory out = OutputDirectory.create(outDir);
        List<PointMetrics> rows = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Path dir = shardDirs.get(i);
            rows.addAll(MetricsTable.parse(read(dir.resolve("metrics.csv")), whole.plan()).rows());
            for (SweepPoint p : parts.get(i).points()) {
                copyTree(dir.resolve("points").resolve(p.id()), out.dir().resolve("points").resolve(p.id()));
            }
        }
        SweepOutputs.write(out, whole, new MetricsTable(whole.plan().keys(), rows));
        return whole;
    }

    /** Checks the parts are shards 1…N of one sweep, each once; returns the whole sweep's manifest. */
    private static SweepManifest checkShards(List<Path> shardDirs, List<SweepManifest> parts) {
        SweepManifest whole = parts.get(0).withShard(Shard.ALL);
        TreeSet<Integer> seen = new TreeSet<>();
        for (int i = 0; i < parts.size(); i++) {
            SweepManifest m = parts.get(i);
            if (!m.withShard(Shard.ALL).equals(whole) || m.shard().n() != parts.get(0).shard().n()) {
                throw new UserInputException(shardDirs.get(i) + " holds another sweep than " + shardDirs.get(0),
                        shardDirs.get(i), 0, 0, null, "merge only shards of one 'modalis sweep' command");
            }
            if (!seen.add(m.shard().k())) {
                throw new UserInputException("shard " + m.shard() + " is given twice", shardDirs.get(i), 0, 0, null,
                        "give each shard folder once");
            }
        }
        int n = parts.get(0).shard().n();
        if (seen.size() != n) {
            List<Integer> missing = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                if (!seen.contains(k)) {
                    missing.add(k);
                }
            }
            throw new UserInputException("shards " + missing + " of " + n + " are missing", null, 0, 0, null,
                    "run them, then merge all " + n + " folders");
        }
        return whole;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException("cannot read " + f + ": " + e.getMessage(), f, 0, 0, null,
                    "give folders written by 'modalis sweep'");
        }
    }

    private static void copyTree(Path from, Path to) {
        if (from.toAbsolutePath().normalize().equals(to.toAbsolutePath().normalize())) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("copying " + from + " to " + to + " failed", e);
        }
    }
}
