package org.modalis.ultrasound.doppler;

import java.util.stream.IntStream;
import org.modalis.physics.Rng;

/**
 * Colour flow imaging: for each line of the box, an ensemble of pulses at the PRF records every gate along the
 * line ({@link GateEchoes}, the same forward model as PW); thermal noise is added; each gate's ensemble is wall
 * filtered by polynomial regression and reduced to mean velocity and spread by the lag-one autocorrelation
 * (Kasai et al. 1985). Lines are fired one after the other (line l's ensemble starts at t = l·N/PRF; no
 * interleaving), so the flow keeps moving across the box. Seed streams: 0 blood, 1 tissue, 2 noise.
 */
public final class ColourFlowImager {

    private ColourFlowImager() {
    }

    /** The colour-flow map of {@code vessel} through {@code protocol}. */
    public static ColourFlowMap acquire(Vessel vessel, ColourFlowProtocol protocol, Rng rng) {
        DopplerProtocol p = protocol.pulse();
        SampleVolume sv = new SampleVolume(p);
        double halfSpan = protocol.lineX(protocol.lines() - 1);
        SensitiveRegion region = SensitiveRegion.of(sv, protocol.gateDepth(0), protocol.gateDepth(protocol.gates() - 1), halfSpan);
        ScattererField field = ScattererField.seed(vessel, p.angleDeg(), region, rng);
        GateEchoes echoes = new GateEchoes(field, sv, vessel, p.angleDeg(), p.centreFrequencyHz(), p.soundSpeed(),
                protocol.gateDepth(0), p.gateLengthM(), protocol.gates());
        int lines = protocol.lines();
        int gates = protocol.gates();
        int n = protocol.ensemble();
        double[] displacement = SlowTimeSimulator.displacements(vessel.profile(), p.prfHz(), 0, lines * n);
        float[][] iq = new float[lines][]; // per line: [gate][pulse] interleaved
        IntStream.range(0, lines).parallel().forEach(l -> iq[l] = line(echoes, vessel, protocol, l, displacement));
        Rng noise = rng.stream(2);
        double noisePower = SlowTimeSimulator.noisePower(vessel, sv, p.snrDb());
        for (float[] line : iq) {
            SlowTimeSimulator.addNoise(line, noisePower, noise);
        }
        return estimate(iq, protocol);
    }

    private static float[] line(GateEchoes echoes, Vessel vessel, ColourFlowProtocol protocol, int l, double[] displacement) {
        int gates = protocol.gates();
        int n = protocol.ensemble();
        double prf = protocol.pulse().prfHz();
        float[] out = new float[2 * gates * n];
        double[] sample = new double[2 * gates];
        for (int i = 0; i < n; i++) {
            int pulse = l * n + i;
            java.util.Arrays.fill(sample, 0);
            echoes.accumulate(displacement[pulse], vessel.clutter().displacement(pulse / prf), protocol.lineX(l), sample);
            for (int j = 0; j < gates; j++) {
                out[2 * (j * n + i)] = (float) sample[2 * j];
                out[2 * (j * n + i) + 1] = (float) sample[2 * j + 1];
            }
        }
        return out;
    }

    private static ColourFlowMap estimate(float[][] iq, ColourFlowProtocol protocol) {
        int lines = protocol.lines();
        int gates = protocol.gates();
        int n = protocol.ensemble();
        RegressionWallFilter filter = RegressionWallFilter.of(protocol.regressionOrder(), n);
        DopplerScale scale = protocol.pulse().scale();
        float[] velocity = new float[lines * gates];
        float[] spread = new float[lines * gates];
        float[] power = new float[lines * gates];
        float[] ensemble = new float[2 * n];
        float[] filtered = new float[2 * n];
        for (int l = 0; l < lines; l++) {
            for (int j = 0; j < gates; j++) {
                System.arraycopy(iq[l], 2 * j * n, ensemble, 0, 2 * n);
                filter.apply(ensemble, filtered);
                AutocorrelationEstimate a = AutocorrelationEstimate.of(filtered, 0, n, scale.prfHz());
                int k = j * lines + l;
                velocity[k] = (float) scale.velocity(a.meanFrequencyHz());
                spread[k] = (float) Math.abs(scale.velocity(Math.sqrt(a.varianceHz2())));
                power[k] = (float) a.power();
            }
        }
        return new ColourFlowMap(velocity, spread, power, protocol);
    }
}
