package org.modalis.ultrasound.doppler;

import java.util.ArrayList;
import java.util.List;
import org.modalis.metrics.Metric;
import org.modalis.metrics.MetricSet;

/**
 * The named figures of a Doppler examination, for reports and lesson {@code expect} ranges. All velocities are
 * angle-corrected [m/s], positive towards the transducer.
 */
public final class DopplerMetrics {

    private DopplerMetrics() {
    }

    /** Metrics of a PW examination. */
    public static MetricSet measure(Vessel vessel, DopplerProtocol p, SlowTimeSignal raw, SlowTimeSignal filtered,
            Spectrogram spectrogram) {
        List<Metric> out = new ArrayList<>();
        DopplerScale scale = p.scale();
        VelocityEstimate spectral = VelocityEstimate.fromSpectrum(spectrogram);
        out.add(new Metric("doppler.nyquist_velocity", scale.nyquistVelocity(), "m/s", "c·PRF/(4·f0·cos θ)"));
        out.add(new Metric("doppler.true_peak_velocity", vessel.profile().peakSpeed(), "m/s",
                "largest |velocity| of the model's profile (centre line, systole)"));
        out.add(new Metric("doppler.mean_velocity", spectral.meanVelocity(), "m/s",
                "power-weighted mean of the time-averaged spectrum"));
        out.add(new Metric("doppler.peak_velocity", spectral.peakVelocity(), "m/s",
                "95th power percentile of the time-averaged spectrum"));
        out.add(new Metric("doppler.spectral_spread", spectral.spreadVelocity(), "m/s",
                "standard deviation of the time-averaged spectrum"));
        out.add(new Metric("doppler.peak_systolic_velocity", max(spectrogram.maxVelocityEnvelope(VelocityEstimate.PEAK_PERCENTILE)),
                "m/s", "largest 95th-percentile envelope over the spectrogram columns"));
        out.add(new Metric("doppler.min_mean_velocity", min(spectrogram.meanVelocityEnvelope()), "m/s",
                "most negative mean-velocity envelope value (reverse or aliased flow)"));
        out.add(new Metric("doppler.kasai_mean_velocity", VelocityEstimate.fromAutocorrelation(filtered).meanVelocity(),
                "m/s", "lag-one autocorrelation (Kasai) over the filtered record"));
        double rejected = raw.meanPower(0, raw.length()) / filtered.meanPower(0, filtered.length());
        out.add(new Metric("doppler.wall_filter_power_drop", 10 * Math.log10(rejected), "dB",
                "mean power before over after the wall filter (clutter removed)"));
        return new MetricSet(out);
    }

    /**
     * Metrics of a colour map: {@code colour.flow_fraction} (pixels within 20 dB of the peak power) and
     * {@code colour.reversed_fraction}, the share of those coloured opposite to the true flow direction — with
     * no reverse flow in the model that is the aliased (colour-wrapped) area.
     */
    public static MetricSet measure(Vessel vessel, ColourFlowMap map) {
        boolean[] mask = map.flowMask(20);
        double sign = Math.signum(vessel.profile().amplitude(0));
        int flow = 0;
        int reversed = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                flow++;
                reversed += map.velocity()[i] * sign < 0 ? 1 : 0;
            }
        }
        List<Metric> out = new ArrayList<>();
        out.add(new Metric("colour.nyquist_velocity", map.nyquistVelocity(), "m/s", "c·PRF/(4·f0·cos θ)"));
        out.add(new Metric("colour.flow_fraction", flow / (double) mask.length, "1", "pixels within 20 dB of the peak power"));
        out.add(new Metric("colour.reversed_fraction", flow == 0 ? 0 : reversed / (double) flow, "1",
                "share of flow pixels coloured against the true flow direction at t = 0"));
        return new MetricSet(out);
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }
}
