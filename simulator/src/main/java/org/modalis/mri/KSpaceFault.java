package org.modalis.mri;

/**
 * A hardware fault that corrupts Cartesian k-space after acquisition. Amplitudes are given as the image
 * brightness they produce, in units of the fully relaxed water signal, so a lesson can say how bright.
 */
public sealed interface KSpaceFault permits KSpaceFault.RfSpike, KSpaceFault.RfLeak {

    /** Adds the fault to the acquired k-space (lines before {@code firstLine} were not acquired). */
    void apply(KSpace k, MrProtocol protocol, org.modalis.physics.Rng rng);

    /**
     * A spike: one corrupted sample (an electrostatic discharge in the receive chain). A single k-space sample
     * a at (k_p, k_r) becomes the plane wave a·Δk_p·Δk_r·e^(2πik·x) over the whole image: stripes (a
     * "herringbone" when several spikes add) with period 1/|k| and orientation set by the spike's position.
     *
     * @param line       phase line, offset from the k-space centre
     * @param sample     readout sample, offset from the centre
     * @param brightness plane-wave magnitude in the image [water signal], (0, 10]
     */
    record RfSpike(int line, int sample, double brightness) implements KSpaceFault {

        public RfSpike {
            if (!(brightness > 0 && brightness <= 10)) {
                throw new IllegalArgumentException("spike brightness must be in (0, 10] × water signal, got " + brightness);
            }
        }

        @Override
        public void apply(KSpace k, MrProtocol protocol, org.modalis.physics.Rng rng) {
            int p = k.phaseLines() / 2 + line, r = k.readSamples() / 2 + sample;
            if (p < protocol.firstPhaseLine() || p >= k.phaseLines() || r < 0 || r >= k.readSamples()) {
                throw new IllegalArgumentException("spike at line " + line + ", sample " + sample
                        + " lies outside the acquired k-space (" + k.phaseLines() + " × " + k.readSamples() + ")");
            }
            k.data()[k.offset(p, r)] += (float) (brightness / (k.dkPhase() * k.dkRead()));
        }
    }

    /**
     * A zipper: an RF leak at a constant frequency (a door left open, a faulty light) picked up in every
     * readout. It lands at one readout position, f/BW_pixel pixels from the centre, and because it is not
     * phase-locked to the sequence its phase is random from line to line, which smears it along the whole
     * phase-encoding direction: a dotted line. With random phases the line's RMS brightness is
     * a·Δk_p·Δk_r·N_r·√N_p for a per-sample amplitude a; {@code brightness} sets that RMS.
     *
     * @param offsetHz   leak frequency relative to the receiver centre [Hz]
     * @param brightness RMS brightness of the zipper line in the image [water signal], (0, 10]
     */
    record RfLeak(double offsetHz, double brightness) implements KSpaceFault {

        public RfLeak {
            if (!(brightness > 0 && brightness <= 10)) {
                throw new IllegalArgumentException("leak brightness must be in (0, 10] × water signal, got " + brightness);
            }
            if (!Double.isFinite(offsetHz)) {
                throw new IllegalArgumentException("leak frequency must be finite [Hz]");
            }
        }

        @Override
        public void apply(KSpace k, MrProtocol protocol, org.modalis.physics.Rng rng) {
            int first = protocol.firstPhaseLine(), acquired = k.phaseLines() - first;
            double a = brightness / (k.dkPhase() * k.dkRead() * k.readSamples() * Math.sqrt(acquired));
            double timePerK = protocol.pixelRead() / protocol.bandwidthPerPixelHz();   // τ = k_r·Δx/BW_pixel
            org.modalis.physics.Rng phases = rng.stream(0x2199E7L);   // its own stream: the noise is unchanged
            for (int p = first; p < k.phaseLines(); p++) {
                double phi = 2 * Math.PI * phases.uniform();
                for (int r = 0; r < k.readSamples(); r++) {
                    double ph = phi - 2 * Math.PI * offsetHz * k.kRead(r) * timePerK;
                    int o = k.offset(p, r);
                    k.data()[o] += (float) (a * Math.cos(ph));
                    k.data()[o + 1] += (float) (a * Math.sin(ph));
                }
            }
        }
    }
}
