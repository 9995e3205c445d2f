package org.modalis.ultrasound.doppler;

/**
 * The IQ sample that one pulse returns from every gate along one beam line: the sum over scatterers of
 * amplitude · G(z − z_gate) · B(x − x_line, y) · e^{−i·2k·(z − z_ref)}, with k = 2π·f0/c the wavenumber (the round
 * trip delay τ = 2z/c gives the demodulated phase −2π·f0·τ = −2k·z; the constant reference z_ref only removes a
 * common phase and keeps the argument small). Scatterer motion between pulses changes that phase: this is where
 * the Doppler shift, and its aliasing, come from.
 */
final class GateEchoes {

    private final ScattererField field;
    private final SampleVolume sampleVolume;
    private final double sinT;
    private final double cosT;
    private final double axisDepth;
    private final double twoK;
    private final double firstGate;
    private final double gateSpacing;
    private final int gates;

    GateEchoes(ScattererField field, SampleVolume sv, Vessel vessel, double angleDeg, double centreFrequencyHz,
            double soundSpeed, double firstGateM, double gateSpacingM, int gates) {
        this.field = field;
        this.sampleVolume = sv;
        double th = Math.toRadians(angleDeg);
        this.sinT = Math.sin(th);
        this.cosT = Math.cos(th);
        this.axisDepth = vessel.axisDepthM();
        this.twoK = 4 * Math.PI * centreFrequencyHz / soundSpeed;
        this.firstGate = firstGateM;
        this.gateSpacing = gateSpacingM;
        this.gates = gates;
    }

    /**
     * Adds to {@code out} (interleaved re, im per gate) the echo of the pulse fired when blood on the axis has
     * moved {@code displacement} [m] along the flow and the tissue {@code tissueShift} [m] deeper, on the beam at
     * lateral offset {@code lineX} [m].
     */
    void accumulate(double displacement, double tissueShift, double lineX, double[] out) {
        double lateralLimit = sampleVolume.lateralHalfSupport();
        double lat2 = lateralLimit * lateralLimit;
        ScattererField f = field;
        double h = f.halfLength;
        double period = 2 * h;
        for (int k = 0; k < f.s0.length; k++) {
            double u = f.s0[k] + f.shape[k] * displacement + h;
            double pass = Math.floor(u / period);
            double s = u - pass * period - h; // wrapped into [−H, H)
            double x = s * sinT + f.a[k] * cosT - lineX;
            double r2 = x * x + f.b[k] * f.b[k];
            if (r2 < lat2) {
                double z = axisDepth - s * cosT + f.a[k] * sinT;
                add(f.amplitude(k, (long) pass) * sampleVolume.lateral(r2), z, out);
            }
        }
        for (int k = 0; k < f.clutterX.length; k++) {
            double x = f.clutterX[k] - lineX;
            double r2 = x * x + f.clutterY[k] * f.clutterY[k];
            if (r2 < lat2) {
                add(f.clutterAmplitude[k] * sampleVolume.lateral(r2), f.clutterZ[k] + tissueShift, out);
            }
        }
    }

    /** One scatterer of lateral-weighted amplitude {@code w} at depth z into every gate that hears it. */
    private void add(double w, double z, double[] out) {
        double reach = sampleVolume.axialHalfSupport();
        int j0 = Math.max(0, (int) Math.ceil((z - reach - firstGate) / gateSpacing));
        int j1 = Math.min(gates - 1, (int) Math.floor((z + reach - firstGate) / gateSpacing));
        if (j0 > j1) {
            return;
        }
        double phase = -twoK * (z - firstGate);
        double c = w * Math.cos(phase);
        double sn = w * Math.sin(phase);
        for (int j = j0; j <= j1; j++) {
            double g = sampleVolume.axial(z - (firstGate + j * gateSpacing));
            out[2 * j] += g * c;
            out[2 * j + 1] += g * sn;
        }
    }
}
