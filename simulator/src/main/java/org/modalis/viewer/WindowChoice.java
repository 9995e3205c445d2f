package org.modalis.viewer;

import org.modalis.image.Window;

/**
 * A window preset button: its label and the window it sets.
 *
 * @param label  "brain 40/80", "auto 0.5-99.5 %"
 * @param window level/width in the image's unit
 */
public record WindowChoice(String label, Window window) {

    public WindowChoice {
        if (label == null || label.isBlank() || window == null) {
            throw new IllegalArgumentException("a window preset needs a label and a window");
        }
    }
}
