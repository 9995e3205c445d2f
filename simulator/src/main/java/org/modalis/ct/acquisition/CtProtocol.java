package org.modalis.ct.acquisition;

import java.util.List;

/**
 * The knobs a CT technologist turns for one axial acquisition.
 *
 * @param views               projections over the arc, 1–20000
 * @param arcDeg              angular range [deg], 10–720 (ignored when {@code shortScan})
 * @param shortScan           180° + fan angle with Parker weighting
 * @param sliceM              nominal slice (beam) thickness at the isocentre [m]
 * @param rotationS           time for a 360° rotation [s]
 * @param beam                spectrum request
 * @param exposureMas         tube current–time product of the whole acquisition [mAs]
 * @param noise               simulate quantum and electronic noise
 * @param electronicNoise     electronic noise [rms, in units of the mean detected quantum of the open beam]
 * @param badBins             miscalibrated detector elements (ring artifacts)
 * @param motion              patient motion during the scan
 */
public record CtProtocol(int views, double arcDeg, boolean shortScan, double sliceM, double rotationS, BeamSpec beam,
                         double exposureMas, boolean noise, double electronicNoise, List<BadBin> badBins, RigidMotion motion) {

    public CtProtocol {
        Ranges.check("ct.views", views, 1, 20000, "views");
        Ranges.check("ct.arc_deg", arcDeg, 10, 720, "deg");
        Ranges.check("ct.slice_mm", sliceM * 1e3, 0.1, 20, "mm");
        Ranges.check("ct.rotation_s", rotationS, 0.05, 10, "s");
        Ranges.check("ct.mas", exposureMas, 0.01, 5000, "mAs");
        Ranges.check("ct.electronic_noise", electronicNoise, 0, 1000, "quanta rms");
        badBins = List.copyOf(badBins);
    }

    /** A noiseless monochromatic parallel-geometry protocol: the textbook case used by validation tests. */
    public static CtProtocol ideal(int views, double arcDeg, double energyKev) {
        return new CtProtocol(views, arcDeg, false, 0.005, 1, BeamSpec.mono(energyKev), 100, false, 0, List.of(),
                RigidMotion.NONE);
    }

    /** Duration [s] of the acquisition over an arc [rad]. */
    public double durationS(double arcRad) {
        return rotationS * arcRad / (2 * Math.PI);
    }

    public CtProtocol withExposure(double mas) {
        return new CtProtocol(views, arcDeg, shortScan, sliceM, rotationS, beam, mas, noise, electronicNoise, badBins, motion);
    }
}
