package org.modalis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/** Layout and the one shared window of the contact sheet. */
class ContactSheetTest {

    @Test
    void twoAxesGiveRowsAndColumnsAtOneWindow() {
        SweepPlan plan = SweepPlan.parse(List.of("a=1,2", "b=x,y,z"));
        Map<Integer, Image> images = new LinkedHashMap<>();
        for (SweepPoint p : plan.points()) {
            float[] v = new float[8 * 8];
            java.util.Arrays.fill(v, p.index() * 10f); // uniform tile of value 10·index
            images.put(p.index(), new Image(new Grid(8, 8, 1, 1, 1, 1), v, "x", "1", Window.ofRange(0, 1)));
        }
        images.remove(4); // another shard's point: its cell stays dark
        BufferedImage sheet = ContactSheet.render(plan, images, new Window(25, 50)); // grey = (v − 0)/50·255
        assertEquals(3 * (8 + 2) + 2, sheet.getWidth());
        assertEquals(2 * (8 + 2 * ContactSheet.LINE_HEIGHT + 2) + 2, sheet.getHeight()); // two label lines
        // Tile centres: (row, col) of index i = (i / 3, i % 3); grey level by the shared window, not per tile.
        int[] expected = {0, 51, 102, 153, -1, 255};
        for (int i = 0; i < 6; i++) {
            int x = 2 + (i % 3) * 10 + 4;
            int y = 2 + (i / 3) * (8 + 2 * ContactSheet.LINE_HEIGHT + 2) + 4;
            int grey = sheet.getRGB(x, y) & 0xff;
            assertEquals(expected[i] < 0 ? 40 : expected[i], grey, "tile " + i);
        }
    }
}
