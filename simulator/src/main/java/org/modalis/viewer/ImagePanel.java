package org.modalis.viewer;

import imgui.ImDrawList;
import imgui.ImGui;
import imgui.flag.ImGuiButtonFlags;
import java.util.Locale;
import org.modalis.image.Image;
import org.modalis.image.Window;

/**
 * One image panel: a texture of the windowed data, fitted into the panel, with the radiology viewer's mouse
 * habits. Wheel: zoom about the cursor. Right drag: window/level ({@link WindowLevelDrag}). Left drag: the
 * current {@link Tool} (pan, ROI, profile line). The pixel under the cursor is reported in the state.
 * Window thread only.
 */
final class ImagePanel implements AutoCloseable {

    /** Zoom step of one wheel notch. */
    private static final double WHEEL_ZOOM = 1.2;
    private static final int OVERLAY_COLOUR = 0xff30d0ff; // ABGR: amber

    private final PanelKind kind;
    private final ViewTransform view = new ViewTransform();
    private final PanelTextures textures;
    private ViewTransform.Placement placement;
    private Window dragStart;
    private double[] pressAt;

    /** @param damage told whenever this panel re-uploads a texture (the frame must then be drawn) */
    ImagePanel(PanelKind kind, FrameDamage damage) {
        this.textures = new PanelTextures(damage);
        this.kind = kind;
    }

    /** Where the image was drawn in the last frame (screen pixels), or null before the first result. */
    ViewTransform.Placement placement() {
        return placement;
    }

    ViewTransform view() {
        return view;
    }

    /** Draws the panel's content in the current ImGui window. */
    void draw(ViewerState s, double timeS) {
        float rx = ImGui.getCursorScreenPosX();
        float ry = ImGui.getCursorScreenPosY();
        float rw = Math.max(8, ImGui.getContentRegionAvailX());
        float rh = Math.max(8, ImGui.getContentRegionAvailY() - ImGui.getFrameHeightWithSpacing());
        ImGui.invisibleButton("##canvas", rw, rh, ImGuiButtonFlags.MouseButtonLeft | ImGuiButtonFlags.MouseButtonRight);
        if (s.shown == null) {
            placement = null;
            return;
        }
        boolean raw = kind == PanelKind.RAW;
        int nx = raw ? s.view().rawColumns() : s.image().grid().nx();
        int ny = raw ? s.view().rawRows() : s.image().grid().ny();
        placement = view.place(rx, ry, rw, rh, nx, ny, !raw, raw);
        ImDrawList dl = ImGui.getWindowDrawList();
        dl.pushClipRect(rx, ry, rx + rw, ry + rh, true);
        drawImage(s, dl, timeS);
        drawOverlays(s, dl);
        dl.popClipRect();
        interact(s, rx + rw / 2, ry + rh / 2);
        footer(s, raw);
    }

    private void drawImage(ViewerState s, ImDrawList dl, double timeS) {
        ViewTransform.Placement p = placement;
        float x0 = (float) p.x0();
        float y0 = (float) p.y0();
        float x1 = (float) (p.x0() + p.width());
        float y1 = (float) (p.y0() + p.height());
        switch (kind) {
            case TRUTH -> dl.addImage(textures.image(s.truth(), s.window), x0, y0, x1, y1);
            case RAW -> dl.addImage(textures.raw(s.view(), s.acquiredViews()), x0, y0, x1, y1);
            case IMAGE -> {
                Image a = comparable(s);
                if (a == null) {
                    dl.addImage(textures.image(s.imageShown(), s.window), x0, y0, x1, y1);
                } else if (s.compare == CompareMode.FLICKER) {
                    Image shownNow = CompareMode.showsA(timeS) ? a : s.image();
                    int tex = shownNow == a ? textures.imageA(a, s.window) : textures.image(s.image(), s.window);
                    dl.addImage(tex, x0, y0, x1, y1);
                } else {
                    float xm = (x0 + x1) / 2;
                    dl.addImage(textures.imageA(a, s.window), x0, y0, xm, y1, 0, 0, 0.5f, 1);
                    dl.addImage(textures.image(s.image(), s.window), xm, y0, x1, y1, 0.5f, 0, 1, 1);
                    dl.addLine(xm, y0, xm, y1, OVERLAY_COLOUR, 1);
                }
            }
            default -> throw new IllegalStateException("unknown panel " + kind);
        }
    }

    /** The A image when a comparison is on and A has the same grid as the current image, else null. */
    static Image comparable(ViewerState s) {
        if (s.compare == CompareMode.OFF || s.compareA == null) {
            return null;
        }
        Image a = s.compareA.view().image();
        return a.grid().nx() == s.image().grid().nx() && a.grid().ny() == s.image().grid().ny() ? a : null;
    }

    private void drawOverlays(ViewerState s, ImDrawList dl) {
        if (kind == PanelKind.RAW) {
            return;
        }
        ViewTransform.Placement p = placement;
        if (s.roi != null) {
            dl.addCircle((float) p.screenX(s.roi.u()), (float) p.screenY(s.roi.v()), (float) (s.roi.radius() * p.scaleX()),
                    OVERLAY_COLOUR, 48, 1.5f);
        }
        if (s.line != null) {
            dl.addLine((float) p.screenX(s.line.u0()), (float) p.screenY(s.line.v0()), (float) p.screenX(s.line.u1()),
                    (float) p.screenY(s.line.v1()), OVERLAY_COLOUR, 1.5f);
        }
    }

    private void interact(ViewerState s, double cx, double cy) {
        boolean hovered = ImGui.isItemHovered();
        float mx = ImGui.getMousePosX();
        float my = ImGui.getMousePosY();
        float wheel = ImGui.getIO().getMouseWheel();
        if (hovered && wheel != 0) {
            view.zoomAbout(Math.pow(WHEEL_ZOOM, wheel), mx, my, cx, cy);
        }
        if (hovered && kind != PanelKind.RAW && ImGui.isMouseClicked(1)) {
            dragStart = s.window;
        }
        if (dragStart != null && ImGui.isMouseDown(1)) {
            s.window = WindowLevelDrag.apply(dragStart, ImGui.getMouseDragDeltaX(1), ImGui.getMouseDragDeltaY(1));
        } else {
            dragStart = null;
        }
        double u = placement.u(mx);
        double v = placement.v(my);
        if (hovered && ImGui.isMouseClicked(0)) {
            pressAt = new double[] {u, v};
        }
        if (!ImGui.isMouseDown(0)) {
            pressAt = null; // the drag ends on release, wherever the cursor is
        } else if (pressAt != null) {
            leftDrag(s, u, v); // a drag that began on this panel follows the cursor even outside it
        }
        if (hovered) {
            s.hover = describe(s, u, v);
        }
    }

    private void leftDrag(ViewerState s, double u, double v) {
        boolean onImage = kind != PanelKind.RAW;
        if (s.tool == Tool.PAN || !onImage) {
            view.pan(ImGui.getIO().getMouseDeltaX(), ImGui.getIO().getMouseDeltaY());
        } else if (s.tool == Tool.ROI) {
            s.roi = new RoiCircle(pressAt[0], pressAt[1], Math.max(0.5, Math.hypot(u - pressAt[0], v - pressAt[1])));
        } else {
            s.line = new ProfileLine(pressAt[0], pressAt[1], u, v);
        }
    }

    /** The value under the cursor, with its position. */
    private String describe(ViewerState s, double u, double v) {
        int i = (int) Math.floor(u);
        int j = (int) Math.floor(v);
        ModalityView view = s.view();
        if (kind == PanelKind.RAW) {
            if (i < 0 || j < 0 || i >= view.rawColumns() || j >= view.rawRows()) {
                return "";
            }
            return view.describeRaw(i, j);
        }
        Image img = kind == PanelKind.TRUTH ? s.truth() : s.imageShown();
        if (i < 0 || j < 0 || i >= img.grid().nx() || j >= img.grid().ny()) {
            return "";
        }
        return String.format(Locale.ROOT, "%s  x %.1f mm, y %.1f mm: %s %s", kind == PanelKind.TRUTH ? "truth" : "image",
                img.grid().x(i) * 1e3, img.grid().y(j) * 1e3, view.format(img.at(i, j)), view.unit());
    }

    private void footer(ViewerState s, boolean raw) {
        if (raw) {
            int rows = s.view().acquiredRows();
            int[] v = {s.acquiredViews()};
            ImGui.pushItemWidth(-1);
            if (ImGui.sliderInt("##sweep", v, 1, rows, s.view().rowNoun() + " acquired: %d of " + rows)) {
                s.sweepViews = v[0] >= rows ? -1 : v[0];
            }
            ImGui.popItemWidth();
        } else {
            String partly = kind == PanelKind.IMAGE && s.sweepReconstructs()
                    ? String.format(Locale.ROOT, "   from %d of %d lines", s.acquiredViews(), s.view().acquiredRows()) : "";
            ImGui.text(String.format(Locale.ROOT, "zoom %.0f %%   W %s  L %s %s%s", view.zoom() * 100,
                    NumberText.of(s.window.width()), NumberText.of(s.window.level()), s.view().unit(), partly));
        }
    }

    @Override
    public void close() {
        textures.close();
    }
}
