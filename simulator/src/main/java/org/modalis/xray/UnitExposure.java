package org.modalis.xray;

import java.util.List;
import org.modalis.metrics.Metric;

/**
 * The noise-free exposure reaching the scintillator at 1 mAs — primary through focal spot, heel, motion,
 * collimation and grid, plus scatter — with the scatter and grid metrics (ratios, independent of the exposure).
 * Every term is proportional to the tube's mAs (photon counts, their variances, the open field and the kerma), so
 * one exposure at 1 mAs serves every mAs: {@link #at} scales it. The pipeline always goes through this scaling,
 * so a run answered from {@link XrayExposureMemo} gives the very bytes of a fresh one.
 */
record UnitExposure(Radiograph radiograph, List<Metric> metrics) {

    UnitExposure {
        metrics = List.copyOf(metrics);
    }

    /** The noise-free radiograph at {@code mas} [mAs] (its reading the float of its mean, as {@link Radiograph#noiseFree}). */
    Radiograph at(double mas) {
        Radiograph r = radiograph;
        double[] mean = scaled(r.mean(), mas);
        float[] reading = new float[mean.length];
        for (int k = 0; k < mean.length; k++) {
            reading[k] = (float) mean[k];
        }
        return new Radiograph(r.geometry(), reading, mean, scaled(r.variance(), mas), scaled(r.openField(), mas),
                scaled(r.kermaMgy(), mas));
    }

    private static double[] scaled(double[] v, double factor) {
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = v[k] * factor;
        }
        return out;
    }
}
