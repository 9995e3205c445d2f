package org.modalis.xray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.Box;
import org.modalis.phantom.Pose;
import org.modalis.phantom.Region;
import org.modalis.physics.TungstenTube;
import org.modalis.pipeline.Progress;
import org.modalis.tissue.TissueLibrary;

class MotionBlurTest {

    @Test
    void aMovingEdgeSpreadsOverTheMagnifiedDisplacement() {
        AnalyticPhantom edge = new AnalyticPhantom("edge", List.of(Region.of(new Box(Pose.aboutZ(0.05, 0, 0, 0), 0.1, 1e-3,
                0.1), TissueLibrary.load().find("lead").orElseThrow())));
        ProjectionGeometry g = new ProjectionGeometry(1, 0.5, 0.05e-3, 120, 1); // M = 2
        MotionBlur motion = new MotionBlur(0.05, 0.01); // 0.5 mm in the object plane, 1.0 mm in the image
        XrayJob job = new XrayJob(edge, TungstenTube.of(70), 1, g, new CsiDetector(5e-4), FocalSpot.POINT, false, motion,
                Collimator.OPEN, false, null, 1.35, PanelReadout.IDEAL, 400, false, List.of(), 1);
        XrayResult r = new XrayPipeline().run(job, Progress.NONE);
        double width = EdgeWidth.centralRow(r.truth().data(), g.cols(), g.rows()) * g.pitchM() * 1e3;
        // Uniform motion: the edge becomes a linear ramp as wide as the magnified displacement, 10–90 % = 0.8 mm.
        // 41 positions make a staircase of 0.025 mm steps; interpolation between 0.05 mm pixels: ±0.05 mm.
        assertEquals(41, motion.steps(g));
        assertEquals(0.8, width, 0.05);
    }
}
