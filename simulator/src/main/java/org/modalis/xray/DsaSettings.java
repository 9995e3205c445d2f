package org.modalis.xray;

/**
 * The contrast and motion of a DSA run.
 *
 * @param bolus          iodine concentration over time in the contrast-filled tissues
 * @param patientShiftM  patient displacement along x between the mask and the live frames [m], −5 … 5 cm
 */
public record DsaSettings(Bolus bolus, double patientShiftM) {

    public DsaSettings {
        java.util.Objects.requireNonNull(bolus, "bolus");
        if (!(patientShiftM >= -0.05 && patientShiftM <= 0.05)) {
            throw new IllegalArgumentException("patient shift must be in [-50, 50] mm, got " + patientShiftM * 1e3 + " mm");
        }
    }
}
