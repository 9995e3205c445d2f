package org.modalis.mri;

import java.util.List;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Ellipse;
import org.modalis.phantom.Region;
import org.modalis.tissue.MrProperties;
import org.modalis.tissue.RelaxationTimes;
import org.modalis.tissue.Tissue;

/** Small phantoms and protocols for the MRI tests. */
final class MriFixtures {

    /** Water-like tissue: PD 1, T1 1 s, T2 0.1 s at both fields. */
    static final Tissue WATER = tissue("water", 0);
    /** Fat-like tissue at −3.4 ppm with the same relaxation (so only the shift differs). */
    static final Tissue FAT = tissue("fat", -3.4);

    private MriFixtures() {
    }

    private static Tissue tissue(String name, double ppm) {
        RelaxationTimes r = new RelaxationTimes(1.0, 0.1, 0.05);
        return new Tissue(name, "test", null, new MrProperties(1.0, r, r, ppm, "test"));
    }

    static AnalyticPhantom disc(Tissue t, double cx, double cy, double radius) {
        return new AnalyticPhantom("disc", List.of(Region.of(new Ellipse(cx, cy, radius, radius, 0), t)));
    }

    /** Spin echo TR 2 s, TE 20 ms, FOV 240 mm, n × n, 5 mm slice, AP phase encoding, 130 Hz/pixel. */
    static MrProtocol spinEcho(int n, boolean noise) {
        return new MrProtocol(PulseSequence.SE, 2.0, 0.02, 0, 90, 0.24, 0.24, n, n, 0.005, 0, 1, 130,
                PhaseDirection.AP, 1, noise, null);
    }

    /** The SE signal of {@link #WATER} under {@link #spinEcho}. */
    static double waterSignal() {
        return SignalEquations.spinEcho(1, 1.0, 0.1, 2.0, 0.02);
    }
}
