package org.modalis.viewer;

import org.modalis.image.Window;

/**
 * Window/level by right-mouse drag, as on radiology workstations: a horizontal drag changes the width
 * (right = wider, lower contrast), a vertical drag the level (down = higher level, darker image). The width
 * changes by a factor e^(dx/200) so a drag feels the same at 80 HU and at 2000 HU; the level moves by
 * width/256 per screen pixel, one grey step per pixel.
 */
public final class WindowLevelDrag {

    /** Screen pixels of horizontal drag that scale the width by e. */
    static final double WIDTH_E_FOLD_PX = 200;
    /** Narrowest window [HU]: 256 grey levels over 1 HU is already a binary threshold for CT noise. */
    static final double MIN_WIDTH = 1;
    static final double MAX_WIDTH = 100_000;

    private WindowLevelDrag() {
    }

    /** The window after dragging by (dx, dy) screen pixels from {@code start}. */
    public static Window apply(Window start, double dx, double dy) {
        double width = start.width() * Math.exp(dx / WIDTH_E_FOLD_PX);
        width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
        double level = start.level() + dy * start.width() / 256.0;
        return new Window(level, width);
    }
}
