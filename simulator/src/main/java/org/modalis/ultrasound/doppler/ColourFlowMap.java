package org.modalis.ultrasound.doppler;

import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/**
 * Colour-flow estimates over the box, row-major depth × line ({@code [gate·lines + line]}): Kasai mean velocity
 * (angle-corrected, wrapping beyond ±v_Nyq just as the scanner's colour bar does), its spread (standard deviation
 * from the Kasai variance) and the post-filter power.
 *
 * @param velocity mean velocity [m/s]
 * @param spread velocity standard deviation [m/s]
 * @param power post-wall-filter echo power R(0) [model units]
 * @param protocol the acquisition
 */
public record ColourFlowMap(float[] velocity, float[] spread, float[] power, ColourFlowProtocol protocol) {

    public ColourFlowMap {
        int n = protocol.lines() * protocol.gates();
        if (velocity.length != n || spread.length != n || power.length != n) {
            throw new IllegalArgumentException("colour maps must hold gates × lines = " + n + " values");
        }
    }

    public int index(int gate, int line) {
        return gate * protocol.lines() + line;
    }

    /** Nyquist velocity of the map [m/s]: the colour bar spans ±this. */
    public double nyquistVelocity() {
        return protocol.pulse().scale().nyquistVelocity();
    }

    /**
     * Flow mask: pixels whose power is within {@code thresholdDb} of the map's largest power — the power
     * threshold with which scanners decide where to paint colour over the B-mode.
     */
    public boolean[] flowMask(double thresholdDb) {
        float max = 0;
        for (float p : power) {
            max = Math.max(max, p);
        }
        double limit = max * Math.pow(10, -thresholdDb / 10);
        boolean[] mask = new boolean[power.length];
        for (int i = 0; i < power.length; i++) {
            mask[i] = power[i] > limit;
        }
        return mask;
    }

    /**
     * The velocity map as an image: x = line (lateral, spacing {@code lineSpacingM}), y = gate (depth, spacing the
     * gate length, row 0 shallowest — write it with {@code PngRowOrder.ROW_ZERO_AT_TOP}), window ±v_Nyq.
     */
    public Image velocityImage() {
        DopplerProtocol p = protocol.pulse();
        return new Image(new Grid(protocol.lines(), protocol.gates(), 1, protocol.lineSpacingM(), p.gateLengthM(), 1e-3),
                velocity.clone(), "mean velocity", "m/s", new Window(0, 2 * nyquistVelocity()));
    }
}
