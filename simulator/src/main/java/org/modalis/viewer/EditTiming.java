package org.modalis.viewer;

import java.util.Arrays;
import java.util.List;

/**
 * How one parameter edit played out in the viewer ({@link Viewer#timeEdit}).
 *
 * @param latencySeconds    from the edit to the end of the first frame showing its result [s]
 * @param frameSeconds      the duration of each frame rendered while the run was under way [s]
 * @param simulationSeconds the run's own stage total (its trace) [s]
 * @param stages            the run's stages as "name 12 ms", in order
 * @param framesDrawn       of those frames, how many were rasterised (the others drew what the window showed and
 *                          were kept: {@link DrawSignature})
 */
public record EditTiming(double latencySeconds, List<Double> frameSeconds, double simulationSeconds, List<String> stages,
                         int framesDrawn) {

    public EditTiming {
        frameSeconds = List.copyOf(frameSeconds);
        stages = List.copyOf(stages);
    }

    /** The longest frame while the run was under way [s] (0 if no frame was needed). */
    public double longestFrameSeconds() {
        return frameSeconds.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** Frames per second over the run: frames / their total time (0 if none). */
    public double framesPerSecond() {
        double total = frameSeconds.stream().mapToDouble(Double::doubleValue).sum();
        return total > 0 ? frameSeconds.size() / total : 0;
    }

    /** The median of the values. */
    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }
}
