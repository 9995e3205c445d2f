package org.modalis.sweep;

import java.util.ArrayList;
import java.util.List;
import org.modalis.UserInputException;

/**
 * What a sweep varies: one or two {@link SweepAxis axes}, run over their full grid. The grid order is
 * fixed (first axis slowest, values in the order given), so a point's index and id depend only on the
 * plan; that is what lets shards run independently and merge back in order.
 *
 * @param axes one or two axes with distinct keys
 */
public record SweepPlan(List<SweepAxis> axes) {

    /** Grids larger than this are refused: more likely a typo than a plan (and one folder per point). */
    public static final int MAX_POINTS = 10_000;

    public SweepPlan {
        axes = List.copyOf(axes);
        if (axes.isEmpty() || axes.size() > 2) {
            throw new UserInputException("a sweep varies one or two parameters, got " + axes.size(), null, 0, 0,
                    "--vary", "give --vary once or twice, e.g. --vary ct.mas=10,20 --vary recon.filter=ramp,hann");
        }
        if (axes.size() == 2 && axes.get(0).key().equals(axes.get(1).key())) {
            throw new UserInputException("is varied twice", null, 0, 0, axes.get(0).key(),
                    "list all its values in one --vary");
        }
        long n = axes.stream().mapToLong(a -> a.values().size()).reduce(1, (x, y) -> x * y);
        if (n > MAX_POINTS) {
            throw new UserInputException("the grid has " + n + " points, more than " + MAX_POINTS, null, 0, 0,
                    "--vary", "vary fewer values");
        }
    }

    /** Parses the {@code --vary} arguments. */
    public static SweepPlan parse(List<String> varies) {
        return new SweepPlan(varies.stream().map(SweepAxis::parse).toList());
    }

    /** The varied keys, in axis order. */
    public List<String> keys() {
        return axes.stream().map(SweepAxis::key).toList();
    }

    /** Number of points of the full grid. */
    public int size() {
        return axes.stream().mapToInt(a -> a.values().size()).reduce(1, (x, y) -> x * y);
    }

    /** Every point, first axis slowest; ids {@code p0}, {@code p1}, … zero-padded to a common width (≥ 3). */
    public List<SweepPoint> points() {
        int n = size();
        int width = Math.max(3, Integer.toString(n - 1).length());
        List<SweepPoint> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> values = new ArrayList<>();
            int rest = i;
            for (int a = axes.size() - 1; a >= 0; a--) {
                List<String> v = axes.get(a).values();
                values.add(0, v.get(rest % v.size()));
                rest /= v.size();
            }
            out.add(new SweepPoint(i, String.format("p%0" + width + "d", i), keys(), values));
        }
        return out;
    }
}
