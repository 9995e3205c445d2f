package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.modalis.image.Image;
import org.modalis.image.Window;

/**
 * What the viewer tests on a real window share: opening the viewer or skipping with the reason (a failure
 * with {@code CI=true} or {@code REQUIRE_GL=1}), reading greys off a screenshot, and saving screenshots
 * under {@code target/viewer/} (the pictures of docs/viewer.md).
 */
final class ViewerFixture {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final Path SHOTS = Path.of("target", "viewer");

    private ViewerFixture() {
    }

    /** Opens a 1200×800 viewer on {@code scenario}, or skips (fails in CI) {@code test} with the reason. */
    static Viewer openOrSkip(String scenario, List<String> overrides, Class<?> test) {
        try {
            return Viewer.open(scenario, overrides, new ViewerOptions(1200, 800, false));
        } catch (ViewerUnavailableException e) {
            String why = "no viewer window: " + e.getMessage();
            if ("1".equals(System.getenv("REQUIRE_GL")) || "true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + " (REQUIRE_GL=1 or CI=true makes this a failure)");
            }
            System.err.println("SKIPPED " + test.getSimpleName() + ": " + why);
            Assumptions.abort(why);
            throw new AssertionError("unreachable");
        }
    }

    /** The red channel at the centre of raw-data or image sample (col, row) of a panel. */
    static int grey(Screenshot shot, ViewTransform.Placement p, int col, int row) {
        return shot.rgb((int) Math.floor(p.screenX(col + 0.5)), (int) Math.floor(p.screenY(row + 0.5)))[0];
    }

    /**
     * The grey read back at every 7th pixel centre of the image panel equals {@code Window.grey} of the image
     * (exact: nearest sampling copies the texture's bytes, which are Window.grey of the values).
     */
    static void checkGreys(Viewer viewer, Screenshot shot, Image img, Window w) {
        ViewTransform.Placement p = viewer.placement(PanelKind.IMAGE);
        for (int j = 3; j < img.grid().ny(); j += 7) {
            for (int i = 3; i < img.grid().nx(); i += 7) {
                assertEquals(w.grey(img.at(i, j)), grey(shot, p, i, j), "pixel (" + i + ", " + j + ") = " + img.at(i, j) + " in " + w);
            }
        }
    }

    static void save(Screenshot shot, String name) throws Exception {
        Files.createDirectories(SHOTS);
        shot.writePng(SHOTS.resolve(name));
    }
}
