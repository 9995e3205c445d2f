package org.modalis.mri;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Ellipsoid;
import org.modalis.phantom.Pose;
import org.modalis.phantom.Region;

/** A contrast edit answered from the memo gives the very bytes of a fresh run; a geometry edit recomputes. */
class MriSpectraMemoTest {

    private static final AnalyticPhantom PHANTOM = new AnalyticPhantom("two", List.of(
            Region.of(new Ellipsoid(Pose.aboutZ(0, 0, 0, 0), 0.05, 0.06, 0.04), MriFixtures.WATER),
            Region.of(new Ellipsoid(Pose.aboutZ(0.01, 0.01, 0.002, 0.3), 0.01, 0.006, 0.004), MriFixtures.FAT)));

    private static MriJob job(double te, double sliceMm, boolean radial) {
        MrProtocol p = new MrProtocol(PulseSequence.SE, 1.0, te, 0, 90, 0.16, 0.16, 32, 32, sliceMm * 1e-3, 0, 1, 130,
                PhaseDirection.AP, 2, true, null);
        MrSetup setup = radial ? new MrSetup(RadialAcquisition.trajectory(p, 40, false), ShimField.NONE, List.of(), null, 1)
                : MrSetup.CARTESIAN;
        return new MriJob(PHANTOM, new MrScanner(1.5), p, new CartesianRecon(1, ReconWindow.NONE), List.of(), 7, setup);
    }

    @Test
    void contrastEditReusesSpectraAndTruthWithIdenticalBytes() {
        for (boolean radial : new boolean[] {false, true}) {
            MriSpectraMemo memo = new MriSpectraMemo();
            MriPipeline remembering = new MriPipeline(memo);
            remembering.run(job(0.02, 5, radial));
            MriResult edited = remembering.run(job(0.04, 5, radial));
            assertArrayEquals(new long[] {1, 1}, memo.hits(), "spectra and truth reused");
            MriResult fresh = new MriPipeline().run(job(0.04, 5, radial));
            assertArrayEquals(fresh.raw().data(), edited.raw().data());
            assertArrayEquals(fresh.images().magnitude().data(), edited.images().magnitude().data());
            assertArrayEquals(fresh.truth().data(), edited.truth().data());
            // A thicker slice changes the spectra: no reuse.
            remembering.run(job(0.04, 8, radial));
            assertEquals(1, memo.hits()[0]);
        }
    }
}
