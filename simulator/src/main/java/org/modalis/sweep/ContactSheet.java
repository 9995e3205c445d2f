package org.modalis.sweep;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.modalis.image.Image;
import org.modalis.image.Window;
import org.modalis.io.PngRowOrder;
import org.modalis.io.PngWriter;

/**
 * The sweep's images side by side at one shared display window, each labelled with its values: one row
 * for a one-parameter sweep, rows = first axis and columns = second axis for two. Cells of points not
 * present (another shard's) stay dark. Tiles are scaled to at most {@value #MAX_TILE} pixels with bilinear
 * interpolation; the same inputs give the same picture (no anti-aliased text, no time stamps).
 */
public final class ContactSheet {

    /** Largest tile edge [px]: a 10-point sweep of 512² images stays a readable 2.6k-pixel-wide sheet. */
    static final int MAX_TILE = 256;
    /** Label strip height per varied parameter [px]: each "key=value" gets its own line. */
    static final int LINE_HEIGHT = 16;
    private static final int GAP = 2;

    private ContactSheet() {
    }

    /**
     * Renders the sheet.
     *
     * @param plan   the sweep (its grid gives the layout)
     * @param images grid index → image (slice 0 is shown, +y at the top)
     * @param window the one display window for all tiles
     */
    public static BufferedImage render(SweepPlan plan, Map<Integer, Image> images, Window window) {
        int cols = plan.axes().get(plan.axes().size() - 1).values().size();
        int rows = plan.size() / cols;
        Image first = images.values().iterator().next();
        int nx = first.grid().nx();
        int ny = first.grid().ny();
        double scale = Math.min(1.0, (double) MAX_TILE / Math.max(nx, ny));
        int tw = Math.max(1, (int) Math.round(nx * scale));
        int th = Math.max(1, (int) Math.round(ny * scale));
        int labelHeight = LINE_HEIGHT * plan.axes().size();
        BufferedImage sheet = new BufferedImage(cols * (tw + GAP) + GAP, rows * (th + labelHeight + GAP) + GAP,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setColor(new Color(40, 40, 40));
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            for (SweepPoint p : plan.points()) {
                Image img = images.get(p.index());
                if (img == null) {
                    continue;
                }
                int x = GAP + (p.index() % cols) * (tw + GAP);
                int y = GAP + (p.index() / cols) * (th + labelHeight + GAP);
                g.drawImage(PngWriter.render(img, 0, window, PngRowOrder.LARGEST_Y_AT_TOP), x, y, tw, th, null);
                drawLabel(g, p.overrides(), x, y + th, tw);
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    /** White text on black under the tile, one line per "key=value", font shrunk (to 8 pt) until it fits. */
    private static void drawLabel(Graphics2D g, List<String> lines, int x, int y, int width) {
        g.setColor(Color.BLACK);
        g.fillRect(x, y, width, LINE_HEIGHT * lines.size());
        g.setClip(x, y, width, LINE_HEIGHT * lines.size());
        g.setColor(Color.WHITE);
        for (int i = 0; i < lines.size(); i++) {
            int size = 13;
            FontMetrics fm;
            do {
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
                fm = g.getFontMetrics();
                size--;
            } while (fm.stringWidth(lines.get(i)) > width - 4 && size >= 8);
            g.drawString(lines.get(i), x + 2, y + LINE_HEIGHT * (i + 1) - 4);
        }
        g.setClip(null);
    }
}
