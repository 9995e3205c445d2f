package org.modalis.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.UserInputException;

/** Scenarios by name: a file, then ./<folder>/name.yaml, then the built-in one; unknown names get suggestions. */
class ScenarioLibraryTest {

    private static final String FOLDER = "scenarios/loader-test";

    private ScenarioLibrary library(Path workingDir) {
        return new ScenarioLibrary(getClass().getClassLoader(), workingDir, FOLDER);
    }

    @Test
    void listsTheIndexThenLocalFiles(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(FOLDER).resolve("mri"));
        Files.writeString(dir.resolve(FOLDER).resolve("mri/t1.yaml"), "modality: ct\nphantom: p\n");
        List<ScenarioEntry> all = library(dir).list();
        assertEquals(List.of("ct/full", "ct/minimal", "mri/t1"), all.stream().map(ScenarioEntry::name).toList());
        assertEquals(new ScenarioEntry("ct/full", "Beam hardening: cupping in a water cylinder", "ct", "built-in"), all.get(0));
        assertEquals("mri", all.get(2).modality());
    }

    /** Data files beside the scenarios (e.g. qa/drills.yaml: no top-level modality) are not listed as scenarios. */
    @Test
    void dataFilesBesideTheScenariosAreNotListed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(FOLDER).resolve("qa"));
        Files.writeString(dir.resolve(FOLDER).resolve("qa/drills.yaml"), "- name: ct-daily-qc\n  scenario: qa/x\n");
        Files.writeString(dir.resolve(FOLDER).resolve("qa/scan.yaml"), "title: t\nmodality: ct\nphantom: p\n");
        var names = library(dir).list().stream().map(ScenarioEntry::name).toList();
        org.junit.jupiter.api.Assertions.assertTrue(names.contains("qa/scan"), names.toString());
        org.junit.jupiter.api.Assertions.assertFalse(names.contains("qa/drills"), names.toString());
    }

    @Test
    void aLocalCopyOfABuiltInIsListedOnce(@TempDir Path dir) throws Exception {
        Path local = dir.resolve(FOLDER).resolve("ct/minimal.yaml");
        Files.createDirectories(local.getParent());
        Files.writeString(local, "modality: ct\nphantom: mine\n");
        List<String> names = library(dir).list().stream().map(ScenarioEntry::name).toList();
        assertEquals(List.of("ct/full", "ct/minimal"), names);
    }

    @Test
    void resolvesBuiltInByName(@TempDir Path dir) {
        ScenarioSource s = library(dir).resolve("ct/minimal");
        assertEquals(Path.of("classpath:" + FOLDER + "/ct/minimal.yaml"), s.file());
        assertEquals("minimal", s.name());
        assertEquals("ct", new ScenarioLoader().load(s, List.of()).modality());
    }

    @Test
    void localScenarioOfTheSameNameWins(@TempDir Path dir) throws Exception {
        Path local = dir.resolve(FOLDER).resolve("ct/minimal.yaml");
        Files.createDirectories(local.getParent());
        Files.writeString(local, "modality: ct\nphantom: mine\n");
        assertEquals(local, library(dir).resolve("ct/minimal").file());
    }

    @Test
    void anExistingFilePathIsUsedAsIs(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.yaml");
        Files.writeString(f, "modality: ct\nphantom: p\n");
        assertEquals(f, library(dir).resolve(f.toString()).file());
    }

    @Test
    void unknownNameSuggestsTheClosest(@TempDir Path dir) {
        UserInputException e = assertThrows(UserInputException.class, () -> library(dir).resolve("ct/minimall"));
        assertEquals("no scenario named 'ct/minimall' (neither a file, nor " + FOLDER + "/ct/minimall.yaml here, "
                + "nor a built-in scenario)", e.getMessage());
        assertEquals("did you mean 'ct/minimal'?", e.hint());
        UserInputException far = assertThrows(UserInputException.class, () -> library(dir).resolve("xray/chest"));
        assertEquals("run 'modalis list scenarios' to see them all", far.hint());
    }

    @Test
    void standardLibraryReadsTheRealFolder() {
        // No index on the test classpath is fine (the lead ships it); listing must then not fail.
        ScenarioLibrary.standard().list();
        assertEquals("scenarios", ScenarioLibrary.FOLDER);
    }
}
