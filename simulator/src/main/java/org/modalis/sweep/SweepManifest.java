package org.modalis.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modalis.UserInputException;

/**
 * The content of {@code sweep.json}: which scenario (as named, with the {@code --set} overrides), the plan,
 * the one seed every point uses, the plotted metrics, the shard and its point ids. Key order is fixed and
 * nothing depends on time or host, so the merged manifest of N shards equals the unsharded one.
 *
 * @param scenario the scenario name or file as given
 * @param sets     fixed overrides applied to every point
 * @param plan     the varied parameters
 * @param seed     the seed of every point
 * @param plots    metrics plotted against the first parameter
 * @param log      whether log–log axes were requested
 * @param shard    which part of the grid this output holds
 */
public record SweepManifest(String scenario, List<String> sets, SweepPlan plan, long seed, List<String> plots,
                            boolean log, Shard shard) {

    public SweepManifest {
        sets = List.copyOf(sets);
        plots = List.copyOf(plots);
    }

    /** The same sweep, another shard. */
    public SweepManifest withShard(Shard s) {
        return new SweepManifest(scenario, sets, plan, seed, plots, log, s);
    }

    /** This output's points, in grid order. */
    public List<SweepPoint> points() {
        return shard.select(plan.points());
    }

    /** The JSON tree to write. */
    public Map<String, Object> toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", scenario);
        root.put("set", sets);
        List<Map<String, Object>> vary = new ArrayList<>();
        for (SweepAxis a : plan.axes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", a.key());
            m.put("values", a.values());
            vary.add(m);
        }
        root.put("vary", vary);
        root.put("seed", seed);
        root.put("plots", plots);
        root.put("log", log);
        Map<String, Object> sh = new LinkedHashMap<>();
        sh.put("k", shard.k());
        sh.put("n", shard.n());
        root.put("shard", sh);
        root.put("points", points().stream().map(SweepPoint::id).toList());
        return root;
    }

    /** Reads {@code dir/sweep.json}. */
    public static SweepManifest read(Path dir) {
        Path file = dir.resolve("sweep.json");
        JsonNode n;
        try {
            n = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + ": " + e.getMessage(), file, 0, 0, null,
                    "give folders written by 'modalis sweep'");
        }
        List<SweepAxis> axes = new ArrayList<>();
        n.path("vary").forEach(a -> axes.add(new SweepAxis(a.path("key").asText(), strings(a.path("values")))));
        return new SweepManifest(n.path("scenario").asText(), strings(n.path("set")), new SweepPlan(axes),
                n.path("seed").asLong(), strings(n.path("plots")), n.path("log").asBoolean(),
                new Shard(n.path("shard").path("k").asInt(), n.path("shard").path("n").asInt()));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
