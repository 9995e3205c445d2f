package org.modalis.sweep;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.modalis.UserInputException;

/**
 * One varied parameter: a dotted scenario key and the values it takes, in the order given. Values stay
 * text exactly as the user wrote them (numbers or enum words), because a sweep point is just a list of
 * {@code key=value} overrides and the CSV must echo the same text.
 *
 * @param key    dotted scenario key, e.g. {@code ct.mas}
 * @param values at least one value, no duplicates
 */
public record SweepAxis(String key, List<String> values) {

    private static final String EXAMPLE = "write it as --vary ct.mas=10,20,50,100";

    public SweepAxis {
        values = List.copyOf(values);
        if (key == null || key.isBlank()) {
            throw new UserInputException("a varied parameter needs a key", null, 0, 0, "--vary", EXAMPLE);
        }
        if (values.isEmpty()) {
            throw new UserInputException("needs at least one value", null, 0, 0, key, EXAMPLE);
        }
        for (int a = 0; a < values.size(); a++) {
            if (values.get(a).isBlank()) {
                throw new UserInputException("value " + (a + 1) + " is empty", null, 0, 0, key, EXAMPLE);
            }
            if (values.subList(0, a).contains(values.get(a))) {
                throw new UserInputException("value '" + values.get(a) + "' is listed twice", null, 0, 0, key,
                        "list each value once");
            }
        }
    }

    /** Parses {@code key=v1,v2,…} (spaces around items are dropped). */
    public static SweepAxis parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new UserInputException("'" + text + "' has no '='", null, 0, 0, text.strip(), EXAMPLE);
        }
        String key = text.substring(0, eq).strip();
        List<String> values = List.of(text.substring(eq + 1).split(",", -1)).stream().map(String::strip).toList();
        return new SweepAxis(key, values);
    }

    /** The values as numbers, if every value is one (then the axis can be plotted). */
    public Optional<double[]> numbers() {
        double[] x = new double[values.size()];
        for (int i = 0; i < x.length; i++) {
            try {
                x[i] = Double.parseDouble(values.get(i).toLowerCase(Locale.ROOT).replace("_", ""));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (!Double.isFinite(x[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(x);
    }
}
