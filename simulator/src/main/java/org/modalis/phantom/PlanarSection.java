package org.modalis.phantom;

/**
 * The cross-section of a shape with a plane z = z₀, as a 2-D region in (x, y) with a closed-form Fourier
 * transform. MRI samples the 2-D spectrum of the excited slice at the acquired k-space points, which is exact
 * (no "inverse crime", Guerquin-Kern et al., IEEE TMI 31 (2012) 1634) as long as every section is one of
 * these analytic shapes.
 */
public interface PlanarSection {

    /**
     * Adds the 2-D Fourier transform F(k) = ∫∫ 1(x, y)·e^(−2πi(kx·x + ky·y)) dx dy of the section's indicator,
     * times {@code scale}, to {@code out[0]} (real) and {@code out[1]} (imaginary). Frequencies in cycles/m,
     * F in m².
     */
    void addFourier(double kx, double ky, double scale, double[] out);

    /** Area of the section [m²] (= F(0)). */
    double area();

    /**
     * Whether (x, y) [m] lies inside the section scaled about its centre by √(1 + slack) (ellipse) or
     * (1 + slack) (rectangle): a small positive slack admits points on the boundary despite rounding, a
     * negative one demands a point strictly inside.
     */
    boolean contains(double x, double y, double slack);

    /** Writes {@code n} points spread evenly around the boundary into xs, ys [m]. */
    void boundary(int n, double[] xs, double[] ys);
}
