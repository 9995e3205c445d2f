package org.modalis.pipeline;

import org.modalis.image.Window;
import org.modalis.io.dicom.DxAcquisitionTags;
import org.modalis.io.dicom.NamedWindow;
import org.modalis.scenario.Scenario;
import org.modalis.xray.ProjectionGeometry;
import org.modalis.xray.XrayResult;

/** A radiograph's tube, geometry and dose as the Digital X-Ray IOD's attributes. */
final class XrayClinicalTags {

    private XrayClinicalTags() {
    }

    static DxAcquisitionTags of(Scenario scenario, XrayResult result) {
        var x = scenario.section("xray");
        ProjectionGeometry g = new ProjectionGeometry(x.getDouble("sid_cm") * 1e-2, x.getDouble("oid_cm") * 1e-2,
                x.getDouble("pixel_mm") * 1e-3, x.getInt("cols"), x.getInt("rows"));
        // The same window as image.png: −ln relative exposure, the scenario's or the object's 1st–99th percentile.
        Window w = scenario.displayWindow().orElse(XrayExport.objectWindow(result.truth()));
        return new DxAcquisitionTags(x.getDouble("kvp"), x.getDouble("mas"), g.sidM() * 1e3, g.sodM() * 1e3,
                g.pitchM() * 1e3, result.dose().entranceKermaMgy(), result.dose().kapGyCm2() * 10,
                x.getDouble("filter_mm_al"), scenario.title(), new NamedWindow("SCENARIO", w.level(), w.width()));
    }
}
