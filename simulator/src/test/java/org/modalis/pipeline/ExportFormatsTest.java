package org.modalis.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.UserInputException;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;

class ExportFormatsTest {

    @Test
    void parsesAListIgnoringCaseAndSpaces() {
        ExportFormats f = ExportFormats.parse(" NIfTI , dicom,npy");
        assertTrue(f.nifti() && f.dicom() && f.npy());
        assertFalse(f.png());
        assertEquals("npy,dicom,nifti", f.toString(), "canonical order");
    }

    @Test
    void anUnknownOrEmptyFormatNamesTheKeyAndTheChoices() {
        UserInputException e = assertThrows(UserInputException.class, () -> ExportFormats.parse("npy,jpeg"));
        assertEquals("output.format", e.key());
        assertTrue(e.getMessage().contains("jpeg") && e.hint().contains("nifti"), e.getMessage());
        assertThrows(UserInputException.class, () -> ExportFormats.parse("npy,"));
    }

    @Test
    void theScenarioDefaultIsNpyAndPngAndTheSchemaRefusesOtherWords() {
        var library = ScenarioLibrary.standard();
        ExportFormats d = ExportFormats.of(new ScenarioLoader().load(library.resolve("ct/quality"), List.of()));
        assertTrue(d.npy() && d.png() && !d.dicom() && !d.nifti());
        ExportFormats all = ExportFormats.of(new ScenarioLoader().load(library.resolve("ct/quality"),
                List.of("output.format=npy,png,dicom,nifti")));
        assertTrue(all.dicom() && all.nifti());
        UserInputException e = assertThrows(UserInputException.class,
                () -> new ScenarioLoader().load(library.resolve("ct/quality"), List.of("output.format=tiff")));
        assertTrue(e.getMessage().contains("output.format") || "output.format".equals(e.key()), e.getMessage());
    }
}
