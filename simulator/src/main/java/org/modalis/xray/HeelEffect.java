package org.modalis.xray;

import org.modalis.physics.TungstenSpectrumModel;
import org.modalis.physics.TungstenTube;
import org.modalis.physics.XraySpectrum;

/**
 * The heel effect: X-rays made at depth in the anode leave through more tungsten the closer their direction lies
 * to the anode surface. A ray tilted by φ towards the anode leaves at take-off angle θ − φ (θ the anode angle, the
 * central ray's take-off), so its self-filtration path is longer (∝ 1/sin(θ − φ)) and its spectrum weaker and
 * harder. The spectrum model ({@link TungstenSpectrumModel}) already filters each photon through the anode along
 * its take-off angle, so the heel factor per energy bin is the ratio of two of its spectra,
 * h(E, φ) = Φ_{θ−φ}(E) / Φ_θ(E). The anode lies towards +z (the top of the PNG); φ_j = atan(z_j/SID) for row j.
 * The factors are computed at 33 take-off angles across the field and interpolated linearly in angle.
 * The model's take-off angle must stay ≥ 5° (its validity range): larger fields are refused
 * (real tubes cut the beam off there).
 */
public final class HeelEffect {

    /** Nodes of the angular interpolation: the factor is smooth in angle (tested against direct spectra). */
    static final int NODES = 33;

    private HeelEffect() {
    }

    /**
     * Per-row, per-bin fluence factors (row-major, rows × bins) relative to the central ray for the tube and
     * geometry; all 1 at φ = 0.
     */
    public static double[] rowFactors(TungstenSpectrumModel model, TungstenTube tube, ProjectionGeometry g) {
        double phiMin = Math.atan(g.rowZ(0) / g.sidM()), phiMax = Math.atan(g.rowZ(g.rows() - 1) / g.sidM());
        double lowestTakeOff = tube.anodeAngleDeg() - Math.toDegrees(phiMax);
        if (lowestTakeOff < 5) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "heel effect: the field's anode edge leaves the target at %.1f° < 5° (anode cut-off); use a larger "
                            + "anode angle, fewer rows or a longer SID", lowestTakeOff));
        }
        XraySpectrum central = model.generate(tube);
        int bins = central.bins();
        double[][] node = new double[NODES][];
        double[] phi = new double[NODES];
        for (int a = 0; a < NODES; a++) {
            phi[a] = phiMin + (phiMax - phiMin) * a / (NODES - 1);
            XraySpectrum s = model.generate(withAnodeAngle(tube, tube.anodeAngleDeg() - Math.toDegrees(phi[a])));
            node[a] = new double[bins];
            for (int e = 0; e < bins; e++) {
                node[a][e] = central.fluence(e) > 0 ? s.fluence(e) / central.fluence(e) : 0;
            }
        }
        double[] out = new double[g.rows() * bins];
        for (int j = 0; j < g.rows(); j++) {
            double p = Math.atan(g.rowZ(j) / g.sidM());
            double u = phiMax > phiMin ? (p - phiMin) / (phiMax - phiMin) * (NODES - 1) : 0;
            int a = Math.min((int) Math.floor(u), NODES - 2);
            double w = u - a;
            for (int e = 0; e < bins; e++) {
                out[j * bins + e] = (1 - w) * node[a][e] + w * node[a + 1][e];
            }
        }
        return out;
    }

    /** The same tube with another anode (take-off) angle. */
    static TungstenTube withAnodeAngle(TungstenTube t, double angleDeg) {
        return new TungstenTube(t.kvp(), angleDeg, t.inherentFiltrationMmAl(), t.addedFilters(), t.binWidthKev(),
                t.minEnergyKev());
    }
}
