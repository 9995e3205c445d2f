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
 */
public record MriJob(AnalyticPhantom phantom, MrScanner scanner, MrProtocol protocol, CartesianRecon recon,
                     List<NamedRoi> rois, long seed) {

    /** A ROI with its name. */
    public record NamedRoi(String name, CircularRoi roi) {
    }

    public MriJob {
        Objects.requireNonNull(phantom, "phantom");
        Objects.requireNonNull(scanner, "scanner");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(recon, "recon");
        rois = List.copyOf(rois);
    }
}
