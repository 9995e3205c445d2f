package org.modalis.ct.recon;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.modalis.ct.CtGeometry;
import org.modalis.ct.DetectorShape;
import org.modalis.ct.FanBeamGeometry;
import org.modalis.ct.Sinogram;
import org.modalis.image.Grid;
import org.modalis.image.Image;
import org.modalis.image.Window;

/**
 * Filtered backprojection for parallel and fan beams (Kak &amp; Slaney ch. 3). The steps:
 * <ol>
 * <li>pre-weight each ray: redundancy weight w (½ for 360° fan scans, Parker for short scans, see
 *     {@link RedundancyWeights}) times the fan-beam cosine factor: D·cosγ for an arc detector (Kak &amp; Slaney §3.4.1),
 *     D/√(D² + s²) = cosγ for a flat one (§3.4.2);</li>
 * <li>ramp-filter each view ({@link RampFilter}: the ramp, or the modified ramp (γ/sinγ)²h(γ) for arc);</li>
 * <li>backproject with Δβ and the distance weight 1/L² or 1/U² ({@link Backprojector}).</li>
 * </ol>
 * Steps 2 and 3 are one call, {@link Backprojector#filterAndBackproject}, so a GL twin can keep the filtered
 * sinogram on the device.
 * Line integrals are dimensionless (μ·L), so the image holds μ [1/m]; a uniform disc of μ reconstructs
 * to μ. The backprojector is pluggable (CPU, or the GL twin). Thread-safe; an instance keeps the
 * filters it has planned, so reuse it across reconstructions of the same geometry.
 */
public final class Fbp {

    /** Filters already planned, by (geometry, window, cutoff): FFT plans are made once per size. */
    private static final int MAX_CACHED_FILTERS = 16;

    private final Backprojector backprojector;
    private final RedundancyWeighting weighting;
    private final Map<List<Object>, RampFilter> filters = new ConcurrentHashMap<>();

    /** FBP with the fast CPU backprojector and Parker/complete-scan weights. */
    public Fbp() {
        this(new CpuBackprojector(), RedundancyWeighting.PARKER);
    }

    public Fbp(Backprojector backprojector, RedundancyWeighting weighting) {
        this.backprojector = backprojector;
        this.weighting = weighting;
    }

    /** Reconstructs μ [1/m] on a 2-D grid; window/cutoff as in {@link FilterWindow#at}. */
    public Image reconstruct(Sinogram sinogram, Grid grid, FilterWindow window, double cutoff) {
        float[] out = new float[Math.toIntExact(grid.size())];
        reconstruct(sinogram, grid, window, cutoff, out);
        return new Image(grid, out, "linear attenuation coefficient", "1/m", Window.ofRange(0, 40));
    }

    /** Primary form: writes μ [1/m] into {@code out} (grid.nx × grid.ny), overwriting it. */
    public void reconstruct(Sinogram sinogram, Grid grid, FilterWindow window, double cutoff, float[] out) {
        CtGeometry g = sinogram.geometry();
        backprojector.filterAndBackproject(preweighted(sinogram), filter(g, window, cutoff), g, grid, out,
                Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #reconstruct(Sinogram, Grid, FilterWindow, double, float[])} inside the scan field only
     * ({@link ScanField}): pixels outside the circle every view sees are 0, as scikit-image's
     * {@code iradon(circle=True)} returns them, and the backprojector may skip them.
     */
    public void reconstructScanField(Sinogram sinogram, Grid grid, FilterWindow window, double cutoff, float[] out) {
        CtGeometry g = sinogram.geometry();
        backprojector.filterAndBackproject(preweighted(sinogram), filter(g, window, cutoff), g, grid, out,
                ScanField.radius(g));
    }

    /** The ramp filter for the geometry, planned on first use and kept (at most 16 kept). */
    RampFilter filter(CtGeometry g, FilterWindow window, double cutoff) {
        if (filters.size() >= MAX_CACHED_FILTERS) {
            filters.clear();
        }
        return filters.computeIfAbsent(List.of(g, window, cutoff), k -> RampFilter.forGeometry(g, window, cutoff));
    }

    /** The sinogram times the redundancy and cosine weights of step 1 (a new array). */
    public float[] preweighted(Sinogram sinogram) {
        CtGeometry g = sinogram.geometry();
        RedundancyWeights redundancy = new RedundancyWeights(g, weighting);
        double[] cosine = cosineWeights(g);
        float[] data = sinogram.data();
        float[] out = new float[data.length];
        int bins = g.bins();
        for (int v = 0; v < g.views(); v++) {
            for (int b = 0; b < bins; b++) {
                out[v * bins + b] = (float) (data[v * bins + b] * cosine[b] * redundancy.weight(v, b));
            }
        }
        return out;
    }

    /** Per-bin factor: 1 (parallel), D·cosγ (arc), cosγ (flat). */
    private static double[] cosineWeights(CtGeometry g) {
        double[] w = new double[g.bins()];
        for (int b = 0; b < w.length; b++) {
            if (g instanceof FanBeamGeometry f) {
                double gamma = f.fanAngle(f.binCentre(b));
                w[b] = Math.cos(gamma) * (f.shape() == DetectorShape.ARC ? f.sourceIsoM() : 1.0);
            } else {
                w[b] = 1.0;
            }
        }
        return w;
    }
}
