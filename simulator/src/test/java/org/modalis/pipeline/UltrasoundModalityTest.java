package org.modalis.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modalis.UserInputException;
import org.modalis.io.NpyArray;
import org.modalis.io.NpyReader;
import org.modalis.scenario.Scenario;
import org.modalis.scenario.ScenarioLibrary;
import org.modalis.scenario.ScenarioLoader;
import org.modalis.tissue.TissueLibrary;

/** The ultrasound modality end to end: the output contract, reproducibility and clear scenario errors. */
class UltrasoundModalityTest {

    private static final TissueLibrary TISSUES = TissueLibrary.load();

    private static ModalityRun run(Scenario s) {
        return new Modalities(TISSUES).run(s, Progress.NONE, new PrintWriter(Writer.nullWriter()));
    }

    /** The focus lesson (one wire in anechoic gel: cheap) with overrides. */
    private static Scenario small(String... more) {
        List<String> sets = new ArrayList<>(List.of("ultrasound.lines=9", "ultrasound.width_mm=1"));
        sets.addAll(List.of(more));
        return new ScenarioLoader().load(ScenarioLibrary.standard().resolve("ultrasound/focus"), sets);
    }

    @Test
    void writesTheOutputContractAndSameSeedGivesSameBytes(@TempDir Path dir) throws Exception {
        List<Path> a = run(small("ultrasound.save_channels=true")).write(dir.resolve("a"), small("ultrasound.save_channels=true"));
        run(small("ultrasound.save_channels=true")).write(dir.resolve("b"), small("ultrasound.save_channels=true"));
        List<String> names = a.stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("raw.npy", "channels.npy", "image.npy", "image.png", "truth.png", "metrics.json")),
                names.toString());
        for (String f : List.of("raw.npy", "channels.npy", "image.npy", "image.png")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
        }
        NpyArray raw = NpyReader.read(dir.resolve("a/raw.npy"));
        assertEquals(9, raw.shape()[0], "one RF trace per line");
        assertTrue(Files.readString(dir.resolve("a/metrics.json")).contains("\"wire.lateral_fwhm\""));
    }

    @Test
    void channelsAreWrittenOnlyWhenAsked(@TempDir Path dir) {
        List<String> names = run(small()).write(dir, small()).stream().map(p -> p.getFileName().toString()).toList();
        assertFalse(names.contains("channels.npy"), names.toString());
    }

    @Test
    void aRangeErrorNamesTheKeyTheRangeAndTheFile() {
        UserInputException e = assertThrows(UserInputException.class, () -> small("ultrasound.depth_mm=500"));
        assertEquals("ultrasound.depth_mm", e.key());
        assertTrue(e.getMessage().contains("5") && e.getMessage().contains("300"), e.getMessage());
    }

    @Test
    void aFaultyElementPastTheArrayNamesTheKeyAndTheProbesRange() {
        UserInputException e = assertThrows(UserInputException.class,
                () -> run(small("ultrasound.bad_elements=[{element: 128, gain: 0}]")));
        assertEquals("ultrasound.bad_elements", e.key());
        assertTrue(e.getMessage().contains("[0, 127]") && e.hint().contains("linear-5"), e.getMessage() + " / " + e.hint());
    }

    @Test
    void theSpeedSettingIsRangeChecked() {
        UserInputException e = assertThrows(UserInputException.class, () -> small("ultrasound.assumed_speed_mps=1000"));
        assertEquals("ultrasound.assumed_speed_mps", e.key());
    }

    @Test
    void planeWavesAndFocalZonesOutsideBModeAreClearErrors() {
        UserInputException pw = assertThrows(UserInputException.class,
                () -> run(small("ultrasound.mode=m-mode", "ultrasound.plane_waves=3")));
        assertEquals("ultrasound.plane_waves", pw.key());
        UserInputException zones = assertThrows(UserInputException.class,
                () -> run(small("ultrasound.mode=m-mode", "ultrasound.focal_zones_mm=[8, 14]")));
        assertEquals("ultrasound.focal_zones_mm", zones.key());
        UserInputException order = assertThrows(UserInputException.class,
                () -> run(small("ultrasound.focal_zones_mm=[14, 8]")));
        assertTrue(order.getMessage().contains("shallowest first"), order.getMessage());
        assertEquals("ultrasound.focal_zones_mm", order.key());
        UserInputException phased = assertThrows(UserInputException.class,
                () -> run(small("ultrasound.probe=phased-3.5", "ultrasound.plane_waves=3")));
        assertTrue(phased.getMessage().contains("linear array"), phased.getMessage());
        assertEquals("ultrasound.plane_waves", phased.key());
    }

    @Test
    void aMisspelledKeyGetsTheClosestValidKey() {
        UserInputException e = assertThrows(UserInputException.class, () -> small("ultrasound.focus_m=20"));
        assertTrue(String.valueOf(e.hint()).contains("focus_mm"), e.hint());
    }

    @Test
    void anRoiOutsideTheScanIsAClearError() {
        UserInputException e = assertThrows(UserInputException.class, () -> run(new ScenarioLoader().load(
                ScenarioLibrary.standard().resolve("ultrasound/speckle"), List.of("ultrasound.width_mm=2", "ultrasound.lines=4",
                        "ultrasound.depth_mm=8"))));
        assertTrue(e.getMessage().contains("liver") && e.getMessage().contains("outside the scanned region"), e.getMessage());
    }
}
