package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Fit, zoom about the cursor and pan of an image panel, against their closed forms. */
class ViewTransformTest {

    /** Screen coordinates are doubles computed by a few multiply-adds: 1e-9 px is rounding only. */
    private static final double EPS = 1e-9;

    @Test
    void fitsSquarePixelsCentredInThePanel() {
        ViewTransform t = new ViewTransform();
        ViewTransform.Placement p = t.place(100, 50, 300, 400, 128, 128, true, false);
        assertEquals(300.0 / 128, p.scaleX(), EPS);
        assertEquals(p.scaleX(), p.scaleY(), 0);
        assertEquals(100, p.x0(), EPS);
        assertEquals(50 + (400 - 300) / 2.0, p.y0(), EPS);
        // y up: the top edge of the picture is v = ny, the bottom edge v = 0.
        assertEquals(128, p.v(p.y0()), EPS);
        assertEquals(0, p.v(p.y0() + p.height()), EPS);
        assertEquals(17.25, p.u(p.screenX(17.25)), EPS);
        assertEquals(93.5, p.v(p.screenY(93.5)), EPS);
    }

    @Test
    void sinogramsStretchToThePanelWithViewZeroAtTheTop() {
        ViewTransform.Placement p = new ViewTransform().place(0, 0, 300, 400, 256, 90, false, true);
        assertEquals(300.0 / 256, p.scaleX(), EPS);
        assertEquals(400.0 / 90, p.scaleY(), EPS);
        assertEquals(0, p.v(p.y0()), EPS);
    }

    @Test
    void zoomKeepsThePointUnderTheCursor() {
        ViewTransform t = new ViewTransform();
        ViewTransform.Placement before = t.place(0, 0, 400, 400, 100, 100, true, false);
        double sx = 310;
        double sy = 77;
        double u = before.u(sx);
        double v = before.v(sy);
        t.zoomAbout(2.5, sx, sy, 200, 200);
        t.pan(0, 0);
        ViewTransform.Placement after = t.place(0, 0, 400, 400, 100, 100, true, false);
        assertEquals(2.5 * before.scaleX(), after.scaleX(), EPS);
        assertEquals(sx, after.screenX(u), EPS);
        assertEquals(sy, after.screenY(v), EPS);
        t.pan(12, -3);
        ViewTransform.Placement moved = t.place(0, 0, 400, 400, 100, 100, true, false);
        assertEquals(after.x0() + 12, moved.x0(), EPS);
        assertEquals(after.y0() - 3, moved.y0(), EPS);
        t.reset();
        assertEquals(1, t.zoom(), 0);
    }

    @Test
    void zoomIsClamped() {
        ViewTransform t = new ViewTransform();
        t.zoomAbout(1e6, 0, 0, 0, 0);
        assertEquals(ViewTransform.MAX_ZOOM, t.zoom(), 0);
    }
}
