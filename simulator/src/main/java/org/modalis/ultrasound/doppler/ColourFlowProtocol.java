package org.modalis.ultrasound.doppler;

import java.util.Objects;

/**
 * A colour-flow box: {@code lines} parallel beams {@code lineSpacingM} apart centred on the PW beam axis, each
 * with {@code gates} contiguous range gates of the PW gate length centred on the PW gate depth, and an ensemble of
 * {@code ensemble} pulses per line at the PRF, filtered by polynomial regression of degree {@code regressionOrder}.
 * Transmit pulse, PRF, angle, beam width, SNR and c come from {@code pulse}.
 *
 * @param pulse transmit and geometry settings (its gate depth is the box centre, its gate length the gate spacing)
 * @param lines number of beam lines across
 * @param lineSpacingM distance between lines [m]
 * @param gates number of gates along each line
 * @param ensemble pulses per line (8–16 on scanners)
 * @param regressionOrder polynomial wall filter degree (0: remove the mean)
 */
public record ColourFlowProtocol(DopplerProtocol pulse, int lines, double lineSpacingM, int gates, int ensemble,
        int regressionOrder) {

    public ColourFlowProtocol {
        Objects.requireNonNull(pulse, "pulse");
        if (lines < 1 || lines > 512) {
            throw new IllegalArgumentException("colour lines must be 1…512, got " + lines);
        }
        if (!(lineSpacingM >= 0.02e-3 && lineSpacingM <= 5e-3)) {
            throw new IllegalArgumentException("line spacing must be 0.02…5 mm, got " + lineSpacingM * 1e3 + " mm");
        }
        if (gates < 1 || gates > 1024) {
            throw new IllegalArgumentException("colour gates must be 1…1024, got " + gates);
        }
        if (ensemble < 4 || ensemble > 64) {
            throw new IllegalArgumentException("ensemble must be 4…64 pulses, got " + ensemble);
        }
        if (regressionOrder < 0 || regressionOrder > ensemble - 2) {
            throw new IllegalArgumentException("regression order must be 0…ensemble − 2 = " + (ensemble - 2) + ", got " + regressionOrder);
        }
        if (pulse.gateDepthM() - (gates - 1) / 2.0 * pulse.gateLengthM() < 1e-3) {
            throw new IllegalArgumentException("the colour box reaches above 1 mm depth: fewer gates or a deeper centre");
        }
        double deepest = pulse.gateDepthM() + gates / 2.0 * pulse.gateLengthM();
        if (pulse.prfHz() > pulse.soundSpeed() / (2 * deepest)) {
            throw new IllegalArgumentException("PRF " + pulse.prfHz() + " Hz exceeds c/(2·depth) = "
                    + Math.round(pulse.soundSpeed() / (2 * deepest)) + " Hz at the bottom of the colour box");
        }
    }

    /** Depth of gate j [m]. */
    public double gateDepth(int j) {
        return pulse.gateDepthM() + (j - (gates - 1) / 2.0) * pulse.gateLengthM();
    }

    /** Lateral position of line l [m]. */
    public double lineX(int l) {
        return (l - (lines - 1) / 2.0) * lineSpacingM;
    }
}
