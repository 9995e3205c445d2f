package org.modalis.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A measured modulation transfer function: MTF(0) = 1 and the frequencies where it first falls to 50 %
 * and 10 % (absent when it stays above within the measured range).
 *
 * @param frequencyPerM spatial frequencies [cycles/m], increasing from 0
 * @param mtf           MTF at those frequencies
 * @param mtf50PerM     first frequency with MTF = 0.5 [cycles/m]
 * @param mtf10PerM     first frequency with MTF = 0.1 [cycles/m]
 * @param method        how it was measured, for the metric descriptions
 */
public record MtfCurve(double[] frequencyPerM, double[] mtf, OptionalDouble mtf50PerM, OptionalDouble mtf10PerM,
                       String method) {

    public MtfCurve {
        if (frequencyPerM.length != mtf.length) {
            throw new IllegalArgumentException("frequency and MTF arrays differ in length");
        }
        frequencyPerM = frequencyPerM.clone();
        mtf = mtf.clone();
    }

    @Override
    public double[] frequencyPerM() {
        return frequencyPerM.clone();
    }

    @Override
    public double[] mtf() {
        return mtf.clone();
    }

    /** MTF50 and MTF10 in line pairs per cm (1 lp/cm = 100 cycles/m), those that were reached. */
    public List<Metric> toMetrics() {
        List<Metric> out = new ArrayList<>();
        mtf50PerM.ifPresent(f -> out.add(
                new Metric("MTF50", f / 100, "lp/cm", "frequency where MTF = 0.5; " + method)));
        mtf10PerM.ifPresent(f -> out.add(
                new Metric("MTF10", f / 100, "lp/cm", "frequency where MTF = 0.1; " + method)));
        return out;
    }
}
