package org.modalis.viewer;

/**
 * How the viewer window opens.
 *
 * @param width  window width [screen pixels], 800–8192
 * @param height window height [screen pixels], 600–8192
 * @param vsync  wait for the display's refresh between frames (interactive use); tests turn it off
 * @param warmUp after a scenario's first image, run its most used edits in the background ({@link WarmUpPlan})
 */
public record ViewerOptions(int width, int height, boolean vsync, boolean warmUp) {

    /** With warm-up. */
    public ViewerOptions(int width, int height, boolean vsync) {
        this(width, height, vsync, true);
    }

    public ViewerOptions {
        if (width < 800 || width > 8192 || height < 600 || height > 8192) {
            throw new IllegalArgumentException("window size must lie in [800, 8192] × [600, 8192] pixels, got "
                    + width + "×" + height);
        }
    }

    /** 1400×850 with vsync: control column, three image panels, info panels. */
    public static ViewerOptions standard() {
        return new ViewerOptions(1400, 850, true);
    }
}
