package org.modalis.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.modalis.ct.CtResult;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.io.OutputDirectory;
import org.modalis.io.dicom.CtImageIod;
import org.modalis.io.dicom.DicomFiles;
import org.modalis.io.dicom.DxImageIod;
import org.modalis.io.dicom.MrImageIod;
import org.modalis.io.dicom.StudyContext;
import org.modalis.io.dicom.UsAcquisitionTags;
import org.modalis.io.dicom.UsImageIod;
import org.modalis.io.nifti.NiftiWriter;
import org.modalis.mri.MriResult;
import org.modalis.scenario.Scenario;
import org.modalis.xray.XrayResult;

/**
 * The clinical exports of a run, when the scenario's {@code output.format} asks for them: DICOM
 * ({@code image.dcm}, or {@code image/0001.dcm}, … for a volume) and NIfTI-1 ({@code image.nii}). Each
 * modality's export calls one method here after its NPY and PNG files. The synthetic study is derived from
 * the scenario name, the seed and the resolved parameters (without {@code output}, so choosing another
 * format does not change the UIDs): same inputs, same bytes. See docs/exports.md.
 */
public final class ClinicalExports {

    private ClinicalExports() {
    }

    /** CT Image IOD and NIfTI of the HU image. */
    public static List<Path> ct(OutputDirectory out, Scenario scenario, CtResult result) {
        ExportFormats formats = ExportFormats.of(scenario);
        List<Path> written = new ArrayList<>();
        if (formats.dicom()) {
            written.addAll(DicomFiles.write(out, "image",
                    CtImageIod.build(study(scenario), result.image(), CtClinicalTags.of(scenario, result))));
        }
        if (formats.nifti()) {
            written.add(nifti(out, result.image().withWindow(CtClinicalTags.window(scenario, result)), 0, "CT number [HU]"));
        }
        return written;
    }

    /** MR Image IOD and NIfTI of the magnitude image (at the slice position). */
    public static List<Path> mri(OutputDirectory out, Scenario scenario, MriResult result) {
        ExportFormats formats = ExportFormats.of(scenario);
        List<Path> written = new ArrayList<>();
        var tags = MriClinicalTags.of(scenario, result);
        Image magnitude = result.images().magnitude();
        if (formats.dicom()) {
            written.addAll(DicomFiles.write(out, "image", MrImageIod.build(study(scenario), magnitude, tags)));
        }
        if (formats.nifti()) {
            written.add(nifti(out, magnitude, tags.slicePositionM(), "MR magnitude [a.u., water = 1]"));
        }
        return written;
    }

    /**
     * Digital X-Ray Image (For Presentation). A radiograph is a projection, not a slice of the patient
     * frame, so no NIfTI is written for it (docs/exports.md).
     */
    public static List<Path> xray(OutputDirectory out, Scenario scenario, XrayResult result) {
        if (!ExportFormats.of(scenario).dicom()) {
            return List.of();
        }
        return DicomFiles.write(out, "image",
                List.of(DxImageIod.build(study(scenario), result.image(), XrayClinicalTags.of(scenario, result))));
    }

    /**
     * The frames of a fluoroscopy or DSA run as a series of Digital X-Ray instances, {@code frames/0001.dcm} …
     * in time order (DSA frames, ln(mask/live), are stored as −ln E with E = live/mask, so the subtraction image
     * is what the viewer shows).
     */
    public static List<Path> xraySequence(OutputDirectory out, Scenario scenario, org.modalis.xray.SequenceResult seq) {
        if (!ExportFormats.of(scenario).dicom()) {
            return List.of();
        }
        var grid = seq.last().image().grid();
        int size = grid.nx() * grid.ny();
        boolean subtraction = seq.quantity().startsWith("ln(");
        List<Image> frames = new java.util.ArrayList<>();
        for (int f = 0; f < seq.count(); f++) {
            float[] e = new float[size];
            for (int k = 0; k < size; k++) {
                float v = seq.frames()[f * size + k];
                e[k] = subtraction ? (float) Math.exp(-v) : v;
            }
            frames.add(new Image(grid, e, "relative exposure", "1", seq.last().image().window()));
        }
        return DicomFiles.write(out, "frames",
                DxImageIod.buildSeries(study(scenario), frames, XrayClinicalTags.of(scenario, seq.last())));
    }

    /**
     * US Image of a scan-converted B-mode frame, for the ultrasound modality's export to call: 8-bit grey
     * through {@code dynamicRange} (e.g. level −30, width 60 dB), rows from the largest y (the transducer
     * face) down. No NIfTI: a B-mode frame lives in the probe's frame, not the patient's.
     *
     * @param transducerFrequencyHz centre frequency of the transmit pulse [Hz]
     */
    public static List<Path> ultrasound(OutputDirectory out, Scenario scenario, Image bmode, Window dynamicRange,
                                        double transducerFrequencyHz) {
        if (!ExportFormats.of(scenario).dicom()) {
            return List.of();
        }
        UsAcquisitionTags tags = new UsAcquisitionTags(transducerFrequencyHz, scenario.title());
        return DicomFiles.write(out, "image", List.of(UsImageIod.build(study(scenario), bmode, dynamicRange, tags)));
    }

    /** The synthetic patient and study of a run (docs/exports.md). */
    static StudyContext study(Scenario scenario) {
        return StudyContext.of(runKey(scenario), RunReport.describePhantom(scenario.phantom()), scenario.title());
    }

    /** Scenario name, seed and a digest of the resolved parameters other than {@code output}. */
    static String runKey(Scenario scenario) {
        ObjectNode tree = scenario.resolvedTree();
        tree.remove("output");
        try {
            byte[] json = new ObjectMapper().writeValueAsBytes(tree);
            return scenario.name() + "|seed=" + scenario.seed() + "|" + UUID.nameUUIDFromBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static Path nifti(OutputDirectory out, Image image, double zOffsetM, String what) {
        return out.write("image.nii", s -> NiftiWriter.write(s, image, zOffsetM, "Modalis " + what));
    }
}
