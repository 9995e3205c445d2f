package org.modalis.mri;

import java.util.List;
import java.util.Objects;
import org.modalis.metrics.CircularRoi;
import org.modalis.phantom.AnalyticPhantom;

/**
 * Everything one MRI run needs.
 *
 * @param phantom  the analytic phantom (its tissues need MR properties)
 * @param scanner  field strength and SNR constant
 * @param protocol the acquisition
 * @param recon    reconstruction settings
 * @param rois     named ROIs for the metrics ("background" is the noise reference, "ghost" a ghost region,
 *                 "fat-marker" the chemical-shift marker)
 * @param seed     seed of the noise
 * @param setup    trajectory, field errors and faults ({@link MrSetup#CARTESIAN} for the plain scan)
 */
public record MriJob(AnalyticPhantom phantom, MrScanner scanner, MrProtocol protocol, CartesianRecon recon,
                     List<NamedRoi> rois, long seed, MrSetup setup) {

    /** A ROI with its name. */
    public record NamedRoi(String name, CircularRoi roi) {
    }

    public MriJob {
        Objects.requireNonNull(phantom, "phantom");
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(recon, "recon");
        Objects.requireNonNull(setup, "setup");
        rois = List.copyOf(rois);
    }

    /** A Cartesian job in a perfect magnet without faults. */
    public MriJob(AnalyticPhantom phantom, MrScanner scanner, MrProtocol protocol, CartesianRecon recon,
                  List<NamedRoi> rois, long seed) {
        this(phantom, scanner, protocol, recon, rois, seed, MrSetup.CARTESIAN);
    }
}
