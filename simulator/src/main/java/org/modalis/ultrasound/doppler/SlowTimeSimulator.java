package org.modalis.ultrasound.doppler;

import java.util.stream.IntStream;
import org.modalis.physics.Rng;

/**
 * The pulsed-wave Doppler forward model: fires {@code protocol.pulses()} pulses at the PRF, moves the blood (and
 * the tissue, if its wall moves) between them, and records the range gate's IQ sample for each pulse
 * ({@link GateEchoes}), then adds circular complex Gaussian thermal noise.
 *
 * <p>Noise level: the SNR is defined for blood filling the sample volume, whose mean echo power is
 * ρ_blood·∫∫∫G²B² dV ({@link SampleVolume#effectiveVolume()}); the noise power per complex sample is that over
 * 10^(SNR/10). Pulses are simulated in parallel, each into its own slot, so the result does not depend on
 * thread scheduling; seed streams: 0 blood, 1 tissue, 2 noise.
 */
public final class SlowTimeSimulator {

    private SlowTimeSimulator() {
    }

    /** The slow-time signal of the gate of {@code protocol} looking at {@code vessel}. */
    public static SlowTimeSignal acquire(Vessel vessel, DopplerProtocol protocol, Rng rng) {
        SampleVolume sv = new SampleVolume(protocol);
        SensitiveRegion region = SensitiveRegion.of(sv, protocol.gateDepthM(), protocol.gateDepthM(), 0);
        ScattererField field = ScattererField.seed(vessel, protocol.angleDeg(), region, rng);
        GateEchoes echoes = new GateEchoes(field, sv, vessel, protocol.angleDeg(), protocol.centreFrequencyHz(),
                protocol.soundSpeed(), protocol.gateDepthM(), 1, 1);
        int n = protocol.pulses();
        double[] displacement = displacements(vessel.profile(), protocol.prfHz(), 0, n);
        float[] iq = new float[2 * n];
        IntStream.range(0, n).parallel().forEach(i -> {
            double[] sample = new double[2];
            double t = i / protocol.prfHz();
            echoes.accumulate(displacement[i], vessel.clutter().displacement(t), 0, sample);
            iq[2 * i] = (float) sample[0];
            iq[2 * i + 1] = (float) sample[1];
        });
        addNoise(iq, noisePower(vessel, sv, protocol.snrDb()), rng.stream(2));
        return new SlowTimeSignal(iq, protocol.scale());
    }

    /**
     * Axial displacement of blood on the vessel axis at pulses {@code first … first + count − 1} [m], summed pulse
     * by pulse from t = 0 (so a pulsatile waveform costs one short integral per pulse).
     */
    static double[] displacements(VelocityProfile profile, double prfHz, int first, int count) {
        double[] d = new double[count];
        double total = 0;
        double t = 0;
        for (int i = 0; i < first + count; i++) {
            double next = i / prfHz;
            total += profile.displacement(t, next);
            t = next;
            if (i >= first) {
                d[i - first] = total;
            }
        }
        return d;
    }

    /** Thermal noise power per complex sample for the given blood SNR [dB]; 0 for +∞. */
    static double noisePower(Vessel vessel, SampleVolume sv, double snrDb) {
        if (Double.isInfinite(snrDb)) {
            return 0;
        }
        return vessel.scattererDensity() * sv.effectiveVolume() / Math.pow(10, snrDb / 10);
    }

    /** Adds circular complex Gaussian noise of total power {@code power} (half in each quadrature). */
    static void addNoise(float[] iq, double power, Rng rng) {
        if (power == 0) {
            return;
        }
        double sigma = Math.sqrt(power / 2);
        for (int i = 0; i < iq.length; i++) {
            iq[i] += (float) (sigma * rng.gaussian());
        }
    }
}
