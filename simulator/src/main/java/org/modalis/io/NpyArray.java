package org.modalis.io;

import java.util.Arrays;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/**
 * An array read from a {@code .npy} file, converted to double and rearranged into C order (last index
 * fastest) whatever the file's order; {@code dtype} records what the file held.
 *
 * @param shape dimensions, slowest first (C order); empty for a 0-d array
 * @param data  elements in C order, {@code data.length} = product of {@code shape}
 * @param dtype the element type stored in the file
 */
public record NpyArray(int[] shape, double[] data, NpyDtype dtype) {

    public NpyArray {
        shape = shape.clone();
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n
                    + " elements but data has " + data.length);
        }
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** The data as float (rounded to nearest). */
    public float[] toFloats() {
        float[] f = new float[data.length];
        for (int k = 0; k < f.length; k++) {
            f[k] = (float) data[k];
        }
        return f;
    }

    /**
     * The array as an {@link Image}: shape (ny, nx) or (nz, ny, nx), the layout {@link NpyWriter} writes
     * (row index = y, column index = x), with the given spacing [m].
     *
     * @throws IllegalArgumentException for any other number of dimensions
     */
    public Image toImage(double dx, double dy, double dz, String quantity, String unit, Window window) {
        Grid g = switch (shape.length) {
            case 2 -> new Grid(shape[1], shape[0], 1, dx, dy, dz);
            case 3 -> new Grid(shape[2], shape[1], shape[0], dx, dy, dz);
            default -> throw new IllegalArgumentException("an image needs a 2-D (ny, nx) or 3-D (nz, ny, nx) array,"
                    + " got shape " + Arrays.toString(shape));
        };
        return new Image(g, toFloats(), quantity, unit, window);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyArray a && Arrays.equals(a.shape, shape) && Arrays.equals(a.data, data)
                && a.dtype.equals(dtype);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "NpyArray[" + dtype.descr() + ", shape " + Arrays.toString(shape) + "]";
    }
}
