package org.modalis.ct.acquisition;

import java.util.List;
import org.modalis.ct.DetectorShape;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Ellipse;
import org.modalis.phantom.Region;
import org.modalis.tissue.Tissue;
import org.modalis.tissue.TissueLibrary;
import org.modalis.tissue.XrayMaterial;

/** Shared objects for CT physics tests: the real tissue library, a water disc, small scanners. */
final class CtFixtures {

    static final TissueLibrary TISSUES = TissueLibrary.load();

    private CtFixtures() {
    }

    static Tissue tissue(String name) {
        return TISSUES.require(name);
    }

    static XrayMaterial water() {
        return tissue("water").xray();
    }

    static XrayMaterial air() {
        return tissue("air").xray();
    }

    /** A water disc of radius r [m] at the origin (an infinite cylinder along z). */
    static AnalyticPhantom waterDisc(double r) {
        return new AnalyticPhantom("water-disc", List.of(Region.of(new Ellipse(0, 0, r, r, 0), tissue("water"))));
    }

    /** Parallel beam, {@code bins} elements of {@code pitchM}, one ray per element. */
    static CtScanner parallel(int bins, double pitchM, int oversample) {
        return new CtScanner(true, DetectorShape.ARC, bins, pitchM, 0, 0.57, 1.04, oversample);
    }

    static CtProtocol protocol(int views, BeamSpec beam, double mas, boolean noise) {
        return new CtProtocol(views, 180, false, 0.005, 1, beam, mas, noise, 0, List.of(), RigidMotion.NONE);
    }
}
