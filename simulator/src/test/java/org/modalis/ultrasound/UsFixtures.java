package org.modalis.ultrasound;

import java.util.ArrayList;
import java.util.List;
import org.modalis.metrics.CircularRoi;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Rectangle;
import org.modalis.phantom.Region;
import org.modalis.phantom.Shape;
import org.modalis.tissue.AcousticProperties;
import org.modalis.tissue.Tissue;

/** Small phantoms and jobs for the ultrasound tests: a block of tissue whose top edge is the probe face (y = 0). */
final class UsFixtures {

    static final Transducer LINEAR = Transducer.preset("linear-5").orElseThrow();

    private UsFixtures() {
    }

    static Tissue tissue(String name, double c, double rho, double alpha, double backscatter) {
        return new Tissue(name, "test", null, null, new AcousticProperties(c, rho, alpha, 1, backscatter,
                backscatter > 0 ? 15 : 0, "test"));
    }

    /** A 60 mm wide, 100 mm deep block of {@code base} under the probe (y from 0 down to −100 mm) plus inserts. */
    static AnalyticPhantom block(Tissue base, Object... shapesAndTissues) {
        List<Region> regions = new ArrayList<>();
        regions.add(Region.of(new Rectangle(0, -0.05, 0.06, 0.1, 0), base));
        for (int i = 0; i < shapesAndTissues.length; i += 2) {
            regions.add(Region.of((Shape) shapesAndTissues[i], (Tissue) shapesAndTissues[i + 1]));
        }
        return new AnalyticPhantom("test-block", regions);
    }

    /** A horizontal layer of {@code tissue} from depth z1 to z2 [m], 60 mm wide. */
    static Shape layer(double z1, double z2) {
        return new Rectangle(0, -(z1 + z2) / 2, 0.06, z2 - z1, 0);
    }

    static UltrasoundJob job(AnalyticPhantom phantom, Transducer probe, UltrasoundProtocol protocol, List<WireTarget> wires,
                             List<UltrasoundJob.NamedRoi> rois, long seed) {
        return new UltrasoundJob(phantom, 0, probe, protocol, wires, rois, false, false, 0.1e-3, seed);
    }

    static UltrasoundJob.NamedRoi roi(String name, double xMm, double depthMm, double rMm) {
        return new UltrasoundJob.NamedRoi(name, new CircularRoi(xMm * 1e-3, depthMm * 1e-3, rMm * 1e-3));
    }

    /** Protocol: depth, focus [m], lines over a span [m], no TGC, no noise. */
    static UltrasoundProtocol protocol(double depth, double focus, int lines, double span) {
        return new UltrasoundProtocol(depth, focus, lines, span, 2, 2, 0, 0, 60, -200, 8, -40);
    }
}
