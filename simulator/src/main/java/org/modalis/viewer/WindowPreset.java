package org.modalis.viewer;

import org.modalis.image.Window;

/**
 * The radiologist's standard CT windows (level/width in HU), as on clinical consoles; values as commonly
 * taught (e.g. Radiopaedia "Windowing (CT)"): brain 40/80, lung −600/1500, bone 400/1800, abdomen (soft
 * tissue) 40/400.
 */
public enum WindowPreset {
    BRAIN("brain", 40, 80),
    LUNG("lung", -600, 1500),
    BONE("bone", 400, 1800),
    ABDOMEN("abdomen", 40, 400);

    private final String label;
    private final Window window;

    WindowPreset(String label, double level, double width) {
        this.label = label;
        this.window = new Window(level, width);
    }

    public String label() {
        return label;
    }

    public Window window() {
        return window;
    }

    /** "brain 40/80". */
    public String describe() {
        return label + " " + NumberText.of(window.level()) + "/" + NumberText.of(window.width());
    }
}
