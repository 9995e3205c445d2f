package org.modalis.sweep;

import java.util.List;
import org.modalis.UserInputException;

/**
 * Shard {@code k} of {@code n} (1-based, as SLURM array task ids 1..N and GNU parallel's {@code {#}}
 * count): the points whose grid index i satisfies {@code i mod n = k − 1}. Round-robin rather than
 * contiguous blocks so that when cost grows along an axis (more views, larger images) every shard gets a
 * similar mix. The n shards partition the grid: every point belongs to exactly one.
 *
 * @param k this shard, 1 … n
 * @param n the number of shards, ≥ 1
 */
public record Shard(int k, int n) {

    /** The whole grid. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (n < 1 || k < 1 || k > n) {
            throw new UserInputException("shard " + k + "/" + n + " is out of range: need 1 ≤ k ≤ N", null, 0, 0,
                    "--shard", "e.g. --shard 2/8 runs the second of eight shards");
        }
    }

    /** Parses {@code k/N}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2) {
            throw new UserInputException("'" + text + "' is not k/N", null, 0, 0, "--shard", "e.g. --shard 2/8");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new UserInputException("'" + text + "' is not k/N with whole numbers", null, 0, 0, "--shard",
                    "e.g. --shard 2/8");
        }
    }

    /** Whether the point at grid index {@code index} is this shard's. */
    public boolean owns(int index) {
        return index % n == k - 1;
    }

    /** This shard's points, in grid order. */
    public List<SweepPoint> select(List<SweepPoint> points) {
        return points.stream().filter(p -> owns(p.index())).toList();
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
