package org.modalis.ultrasound.doppler;

/**
 * A femoral-like triphasic centre-line velocity waveform over one cardiac cycle, normalised to a systolic peak
 * of 1: a sharp forward systolic peak, a short early-diastolic flow reversal and a small late forward wave,
 * then near-zero flow — the shape of the normal peripheral (high-resistance) arterial Doppler trace
 * (Evans &amp; McDicken, <i>Doppler Ultrasound</i>, 2nd ed., Wiley 2000, ch. 11; Zierler, <i>Strandness's Duplex
 * Scanning in Vascular Disorders</i>, 4th ed., 2010, the triphasic common femoral waveform).
 *
 * <p>The shape is a sum of three Gaussian pulses in the phase φ = t/T ∈ [0, 1); their centres, widths and
 * heights (systole at φ = 0.12 height 1; reversal at φ = 0.28 height −0.30; late forward wave at φ = 0.45
 * height 0.12) are our own choice to reproduce that published shape, not a fit to measured data. The velocity
 * profile across the lumen is taken quasi-steady (Womersley effects ignored).
 */
public record CardiacWaveform(double heartRateBpm) {

    private static final double[] CENTRE = {0.12, 0.28, 0.45};
    private static final double[] WIDTH = {0.045, 0.05, 0.06};
    private static final double[] HEIGHT = {1.0, -0.30, 0.12};

    public CardiacWaveform {
        if (!(heartRateBpm >= 30 && heartRateBpm <= 200)) {
            throw new IllegalArgumentException("heart rate must be 30…200 beats/min, got " + heartRateBpm);
        }
    }

    /** Cardiac period [s]. */
    public double periodS() {
        return 60.0 / heartRateBpm;
    }

    /** Normalised velocity (systolic peak = 1) at time {@code t} [s]; periodic. */
    public double value(double t) {
        double phase = t / periodS();
        phase -= Math.floor(phase);
        double sum = 0;
        for (int i = 0; i < CENTRE.length; i++) {
            for (int wrap = -1; wrap <= 1; wrap++) { // keeps the waveform smooth across the cycle boundary
                double d = (phase - CENTRE[i] - wrap) / WIDTH[i];
                sum += HEIGHT[i] * Math.exp(-0.5 * d * d);
            }
        }
        return sum;
    }

    /**
     * ∫ value(t′) dt′ over [t0, t1] [s], by the trapezoid rule on steps no longer than {@code maxStepS}; the
     * scatterer displacement is the profile factor times this integral.
     */
    public double integral(double t0, double t1, double maxStepS) {
        int n = Math.max(1, (int) Math.ceil(Math.abs(t1 - t0) / maxStepS));
        double h = (t1 - t0) / n;
        double sum = 0.5 * (value(t0) + value(t1));
        for (int i = 1; i < n; i++) {
            sum += value(t0 + i * h);
        }
        return sum * h;
    }
}
