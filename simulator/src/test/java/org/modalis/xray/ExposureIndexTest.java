package org.modalis.xray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Box;
import org.modalis.phantom.Pose;
import org.modalis.phantom.Region;
import org.modalis.physics.Rng;
import org.modalis.physics.TungstenSpectrumModel;
import org.modalis.physics.XraySpectrum;
import org.modalis.tissue.TissueLibrary;

class ExposureIndexTest {

    private static final TungstenSpectrumModel MODEL = new TungstenSpectrumModel();
    private static final CsiDetector DETECTOR = new CsiDetector(0.5e-3);

    /** Air only: the detector sees the unattenuated beam. */
    private static AnalyticPhantom air() {
        return new AnalyticPhantom("air", List.of(Region.of(new Box(Pose.aboutZ(0, 0, 0, 0), 0.01, 0.01, 0.01),
                TissueLibrary.load().find("air").orElseThrow())));
    }

    @Test
    void inTheCalibrationBeamEiIsOneHundredTimesTheDetectorKermaInMicrogray() {
        XraySpectrum rqa5 = MODEL.generate(ExposureIndex.rqa5(MODEL));
        ProjectionGeometry g = new ProjectionGeometry(1.5, 0.2, 0.5e-3, 21, 21);
        Radiograph r = XrayAcquisition.acquire(air(), g, DETECTOR, rqa5, 10, false, new Rng(1));
        double response = ExposureIndex.rqa5ResponseKevPerMm2PerUgy(DETECTOR, MODEL);
        ExposureIndex ei = ExposureIndex.of(r, response, 250);
        double kermaUgy = XrayMetrics.centralKerma(r) * 1e3;
        // The central 3 × 3 pixels lie within 0.75 mm of the axis at 1.5 m: obliquity cos θ and the 1/r² of the
        // signal differ from the kerma's 1/r² by < 2.5e-7; air over 1 cm attenuates by ~1e-5 in both alike.
        assertEquals(100 * kermaUgy, ei.ei(), 1e-5 * ei.ei());
        assertEquals(10 * Math.log10(ei.ei() / 250), ei.deviationIndex(), 1e-12);
    }

    @Test
    void doublingTheExposureRaisesDiByThreeDecibels() {
        ProjectionGeometry g = new ProjectionGeometry(1.0, 0.2, 1e-3, 11, 11);
        double response = ExposureIndex.rqa5ResponseKevPerMm2PerUgy(DETECTOR, MODEL);
        XraySpectrum s = MODEL.generate(ExposureIndex.rqa5(MODEL));
        ExposureIndex one = ExposureIndex.of(XrayAcquisition.acquire(air(), g, DETECTOR, s, 1, false, new Rng(1)), response, 400);
        ExposureIndex two = ExposureIndex.of(XrayAcquisition.acquire(air(), g, DETECTOR, s, 2, false, new Rng(1)), response, 400);
        assertEquals(10 * Math.log10(2), two.deviationIndex() - one.deviationIndex(), 1e-9); // 3.01, exact
    }
}
