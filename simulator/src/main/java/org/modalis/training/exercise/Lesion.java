package org.modalis.training.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case's lesion (drawn even when absent, see {@link LesionModel#draw}).
 *
 * @param present          whether it is inserted into the case's phantom
 * @param shape            disc, sphere or ellipse
 * @param xMm              centre x [mm]
 * @param yMm              centre y [mm]
 * @param diameterMm       diameter, or major axis of an ellipse [mm]
 * @param minorDiameterMm  minor axis of an ellipse (= diameter otherwise) [mm]
 * @param rotationDeg      ellipse rotation [deg]
 * @param tissue           lesion tissue
 * @param weight           NaN: REPLACE with the tissue; else the ADDed fraction of it
 */
public record Lesion(boolean present, String shape, double xMm, double yMm, double diameterMm,
                     double minorDiameterMm, double rotationDeg, String tissue, double weight) {

    public Lesion {
        if (!(diameterMm > 0) || !(minorDiameterMm > 0) || !Double.isFinite(xMm) || !Double.isFinite(yMm)) {
            throw new IllegalArgumentException("a lesion needs positive diameters [mm] and a finite centre, got "
                    + diameterMm + ", " + minorDiameterMm + " at (" + xMm + ", " + yMm + ")");
        }
    }

    /** Returns a copy with {@code present} set. */
    public Lesion withPresent(boolean p) {
        return new Lesion(p, shape, xMm, yMm, diameterMm, minorDiameterMm, rotationDeg, tissue, weight);
    }

    /**
     * The phantom region (phantom YAML keys, see PhantomLoader) for a phantom of {@code dimension} 2 or 3.
     * In 3-D a disc or ellipse is a cylinder along z, four diameters long, so that it fills any slice
     * thickness around z = 0 (the imaged plane); a sphere is an ellipsoid with equal axes.
     */
    public Map<String, Object> region(int dimension) {
        Map<String, Object> r = new LinkedHashMap<>();
        double a = diameterMm / 2;
        double b = minorDiameterMm / 2;
        List<Double> centre = new ArrayList<>(List.of(round(xMm), round(yMm)));
        if (dimension == 2) {
            r.put("shape", "ellipse");
            r.put("centre_mm", centre);
            r.put("semi_axes_mm", List.of(round(a), round(b)));
        } else if (shape.equals("sphere")) {
            centre.add(0.0);
            r.put("shape", "ellipsoid");
            r.put("centre_mm", centre);
            r.put("semi_axes_mm", List.of(round(a), round(a), round(a)));
        } else {
            centre.add(0.0);
            r.put("shape", "cylinder");
            r.put("centre_mm", centre);
            r.put("semi_axes_mm", List.of(round(a), round(b)));
            r.put("length_mm", round(4 * diameterMm));
        }
        if (rotationDeg != 0) {
            r.put("rotation_deg", round(rotationDeg));
        }
        r.put("tissue", tissue);
        if (!Double.isNaN(weight)) {
            r.put("mode", "add");
            r.put("weight", round(weight));
        } else {
            r.put("mode", "replace");
        }
        return r;
    }

    /** Rounded to 1 µm (1e-4 of a unit weight): exact enough, and files written from it read back equal. */
    static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
