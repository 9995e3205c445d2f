package org.modalis.viewer;

import org.modalis.image.Image;
import org.modalis.image.Window;

/**
 * The textures of one panel (the current image, the A image of a comparison), re-windowed and re-uploaded
 * only when what they show changes: another result, window or acquisition sweep position. Window thread only.
 */
final class PanelTextures implements AutoCloseable {

    /** What a texture holds: data by identity, the window, and for raw data the rows acquired. */
    private record Shown(Object data, Window window, int views) {
    }

    private final FrameDamage damage;
    private GlTexture current;
    private GlTexture a;
    private Shown currentShows;
    private Shown aShows;
    private byte[] rgba = new byte[0];
    private float[] sweep = new float[0];

    PanelTextures(FrameDamage damage) {
        this.damage = damage;
    }

    /** Texture of a CT image in a window (largest y at the top). */
    int image(Image img, Window w) {
        Shown key = new Shown(img.data(), w, 0);
        if (current == null) {
            current = new GlTexture(damage);
        }
        if (!key.equals(currentShows)) {
            upload(current, img.data(), img.grid().nx(), img.grid().ny(), w, true);
            currentShows = key;
        }
        return current.id();
    }

    /** Texture of the comparison's A image. */
    int imageA(Image img, Window w) {
        Shown key = new Shown(img.data(), w, 0);
        if (a == null) {
            a = new GlTexture(damage);
        }
        if (!key.equals(aShows)) {
            upload(a, img.data(), img.grid().nx(), img.grid().ny(), w, true);
            aShows = key;
        }
        return a.id();
    }

    /**
     * Texture of the raw data (sinogram, k-space log magnitude) after {@code rows} acquired rows (row 0 at the
     * top), in the view's raw window.
     */
    int raw(ModalityView v, int rows) {
        Shown key = new Shown(v, null, rows);
        if (current == null) {
            current = new GlTexture(damage);
        }
        if (!key.equals(currentShows)) {
            int n = v.rawRows() * v.rawColumns();
            if (sweep.length != n) {
                sweep = new float[n];
            }
            v.rawUpTo(rows, sweep);
            upload(current, sweep, v.rawColumns(), v.rawRows(), v.rawWindow(), false);
            currentShows = key;
        }
        return current.id();
    }

    /** The window spanning the raw data's values, fixed while sweeping so the grey of a view never changes. */
    static Window range(float[] data) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float v : data) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return Window.ofRange(lo, hi);
    }

    private void upload(GlTexture t, float[] data, int nx, int ny, Window w, boolean flipY) {
        if (rgba.length != 4 * nx * ny) {
            rgba = new byte[4 * nx * ny];
        }
        GreyMapper.map(data, nx, ny, w, flipY, rgba);
        t.upload(rgba, nx, ny);
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
        }
        if (a != null) {
            a.close();
        }
    }
}
