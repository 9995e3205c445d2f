package org.modalis.ct;

import java.util.List;
import org.modalis.ct.acquisition.CtProtocol;
import org.modalis.ct.acquisition.CtScanner;
import org.modalis.metrics.CircularRoi;
import org.modalis.phantom.Phantom;

/**
 * Everything one CT experiment needs: what is imaged, with which scanner and protocol, how it is
 * reconstructed, where to measure, and the seed of its noise.
 *
 * @param phantom  the object
 * @param scanner  geometry and detector
 * @param protocol acquisition knobs
 * @param recon    reconstruction knobs
 * @param rois     named regions for ROI statistics (phantom's and scenario's)
 * @param seed     noise seed
 */
public record CtJob(Phantom phantom, CtScanner scanner, CtProtocol protocol, CtReconSettings recon, List<NamedRoi> rois,
                    long seed) {

    /** A circular ROI with a name (e.g. "water", "bone-cortical"). */
    public record NamedRoi(String name, CircularRoi roi) {
    }

    public CtJob {
        rois = List.copyOf(rois);
    }
}
