package org.modalis.image;

import java.util.Objects;

/**
 * Float samples on a {@link Grid} with the physical quantity they hold (e.g. "CT number", unit "HU"),
 * and a default display window. The array is owned by the image; operators that fill images in place
 * write into {@link #data()}.
 */
public record Image(Grid grid, float[] data, String quantity, String unit, Window window) {

    public Image {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(data, "data");
        if (data.length != grid.size()) {
            throw new IllegalArgumentException("data length " + data.length + " does not match grid size " + grid.size());
        }
    }

    /** A zero image on the grid. */
    public static Image zeros(Grid grid, String quantity, String unit, Window window) {
        return new Image(grid, new float[Math.toIntExact(grid.size())], quantity, unit, window);
    }

    public float at(int i, int j) {
        return data[grid.index(i, j, 0)];
    }

    public Image withWindow(Window w) {
        return new Image(grid, data, quantity, unit, w);
    }
}
