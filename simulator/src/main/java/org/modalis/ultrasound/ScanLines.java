package org.modalis.ultrasound;

/**
 * The scan lines of one frame in the probe frame (x lateral [m], z depth [m] below the probe face, the array
 * on z = 0 centred on x = 0). Linear array: parallel lines at x_l, pointing down. Phased array: lines from the
 * array centre at angles θ_l, evenly spread over the sector. The beamformer, the simulation and the scan
 * converter all read these same numbers.
 */
public final class ScanLines {

    private final ArrayType type;
    private final double[] originX;
    private final double[] dirX;
    private final double[] dirZ;
    private final double first;
    private final double step;

    private ScanLines(ArrayType type, int n, double first, double step) {
        this.type = type;
        this.first = first;
        this.step = step;
        originX = new double[n];
        dirX = new double[n];
        dirZ = new double[n];
        for (int l = 0; l < n; l++) {
            double u = first + l * step;
            if (type == ArrayType.LINEAR) {
                originX[l] = u;
                dirZ[l] = 1;
            } else {
                dirX[l] = Math.sin(u);
                dirZ[l] = Math.cos(u);
            }
        }
    }

    /** The lines a probe fires with a protocol: the protocol's span (0 = the whole array) and line count. */
    public static ScanLines of(Transducer probe, UltrasoundProtocol protocol) {
        int n = protocol.lines();
        double span;
        if (probe.type() == ArrayType.LINEAR) {
            span = protocol.lineSpan() > 0 ? protocol.lineSpan() : (probe.elements() - 1) * probe.pitch();
        } else {
            span = protocol.lineSpan() > 0 ? protocol.lineSpan() : Math.toRadians(75);
        }
        double step = n > 1 ? span / (n - 1) : 0;
        return new ScanLines(probe.type(), n, n > 1 ? -span / 2 : 0, step);
    }

    public ArrayType type() {
        return type;
    }

    public int count() {
        return originX.length;
    }

    public double originX(int l) {
        return originX[l];
    }

    public double dirX(int l) {
        return dirX[l];
    }

    public double dirZ(int l) {
        return dirZ[l];
    }

    /** Lateral coordinate of line 0: x [m] (linear) or θ [rad] (phased). */
    public double first() {
        return first;
    }

    /** Spacing of the lines: Δx [m] (linear) or Δθ [rad] (phased); 0 for a single line. */
    public double step() {
        return step;
    }

    /** The fractional line index of the point (x, z): (u − u₀)/Δu with u = x or atan2(x, z). */
    public double lineCoordinate(double x, double z) {
        double u = type == ArrayType.LINEAR ? x : Math.atan2(x, z);
        return step > 0 ? (u - first) / step : 0;
    }

    /** Distance [m] of (x, z) from the line origin, measured along the line direction family (z or radius). */
    public double range(double x, double z) {
        return type == ArrayType.LINEAR ? z : Math.hypot(x, z);
    }
}
