package org.modalis.xray;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Monte Carlo scatter kernels of water slabs, made by {@code bench/xray/scatter_kernels.py} (photoelectric
 * absorption, bound Compton and Rayleigh scattering from xraylib; the method of Boone &amp; Seibert, Med. Phys.
 * 15:713, 1988): for a pencil beam of energy E entering a slab of thickness t, the scatter signal (keV deposited
 * in 0.5 mm CsI, and its second moment) per incident photon landing in annuli of the detector plane an air gap g
 * behind the slab, behind an ideal focused grid of ratio r (0 = none). Lookups interpolate linearly in t (to 0 at
 * t = 0), g and r, and clamp outside the tabulated ranges.
 */
public final class ScatterKernels {

    private static final String RESOURCE = "/xray/scatter-kernels.csv";

    private final double[] edgesCm;
    private final double[] energies, thicknesses, gaps, ratios;
    private final Map<String, double[]> rows;

    private ScatterKernels(double[] edgesCm, Map<String, double[]> rows) {
        this.edgesCm = edgesCm;
        this.rows = rows;
        List<TreeSet<Double>> axes = List.of(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        for (String key : rows.keySet()) {
            String[] p = key.split(",");
            for (int a = 0; a < 4; a++) {
                axes.get(a).add(Double.parseDouble(p[a]));
            }
        }
        energies = toArray(axes.get(0));
        thicknesses = toArray(axes.get(1));
        gaps = toArray(axes.get(2));
        ratios = toArray(axes.get(3));
    }

    /** The shipped kernel table. */
    public static ScatterKernels load() {
        try (InputStream in = ScatterKernels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScatterKernels parse(BufferedReader r) throws IOException {
        double[] edges = null;
        Map<String, double[]> rows = new HashMap<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split(",");
            if (p[0].equals("edges_cm")) {
                edges = new double[p.length - 1];
                for (int k = 1; k < p.length; k++) {
                    edges[k - 1] = Double.parseDouble(p[k]);
                }
                continue;
            }
            double[] v = new double[p.length - 5];
            for (int k = 5; k < p.length; k++) {
                v[k - 5] = Double.parseDouble(p[k]);
            }
            rows.put(key(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]),
                    Double.parseDouble(p[3]), Integer.parseInt(p[4])), v);
        }
        return new ScatterKernels(edges, rows);
    }

    private static String key(double e, double t, double g, double r, int moment) {
        return e + "," + t + "," + g + "," + r + "," + moment;
    }

    private static double[] toArray(TreeSet<Double> s) {
        return s.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Annulus edges [cm] in the detector plane. */
    public double[] edgesCm() {
        return edgesCm.clone();
    }

    /** Tabulated photon energies [keV]. */
    public double[] energiesKev() {
        return energies.clone();
    }

    /** Tabulated slab thicknesses [cm]. */
    public double[] thicknessesCm() {
        return thicknesses.clone();
    }

    /**
     * Annulus integrals (per incident photon of tabulated energy {@code energies[e]}) at thickness t [cm], air gap
     * g [cm] and grid ratio r; moment 1 = signal [keV], 2 = second moment [keV²].
     */
    public double[] annuli(int e, double tCm, double gapCm, double ratio, int moment) {
        double[] out = new double[edgesCm.length - 1];
        for (Node nt : nodes(thicknesses, tCm, true)) {
            for (Node ng : nodes(gaps, gapCm, false)) {
                for (Node nr : nodes(ratios, ratio, false)) {
                    double[] v = rows.get(key(energies[e], thicknesses[nt.index], gaps[ng.index], ratios[nr.index], moment));
                    double w = nt.weight * ng.weight * nr.weight;
                    for (int b = 0; b < out.length; b++) {
                        out[b] += w * v[b];
                    }
                }
            }
        }
        return out;
    }

    private record Node(int index, double weight) {
    }

    /** Linear-interpolation nodes of x on axis a; below the first node either clamp or fall to 0 at x = 0. */
    private static List<Node> nodes(double[] a, double x, boolean toZero) {
        List<Node> out = new ArrayList<>();
        if (x <= a[0]) {
            out.add(new Node(0, toZero ? Math.max(x, 0) / a[0] : 1));
        } else if (x >= a[a.length - 1]) {
            out.add(new Node(a.length - 1, 1));
        } else {
            int k = 0;
            while (a[k + 1] < x) {
                k++;
            }
            double w = (x - a[k]) / (a[k + 1] - a[k]);
            out.add(new Node(k, 1 - w));
            out.add(new Node(k + 1, w));
        }
        return out;
    }
}
