package org.modalis.ultrasound.doppler;

/**
 * The box outside which no gate of an acquisition can hear a scatterer: depths [zMin, zMax] and lateral
 * half-widths about the central beam axis [m]. Blood is simulated in the vessel segment crossing it, tissue
 * clutter inside it.
 */
public record SensitiveRegion(double zMinM, double zMaxM, double xHalfM, double yHalfM) {

    public SensitiveRegion {
        if (!(zMaxM > zMinM && xHalfM > 0 && yHalfM > 0)) {
            throw new IllegalArgumentException("empty sensitive region: z " + zMinM + "…" + zMaxM + " m, half-widths "
                    + xHalfM + ", " + yHalfM + " m");
        }
    }

    /** The region of gates at depths {@code gateDepths} on beams at lateral offsets within ±{@code lineHalfSpan}. */
    public static SensitiveRegion of(SampleVolume sv, double firstGateM, double lastGateM, double lineHalfSpanM) {
        double lateral = sv.lateralHalfSupport();
        return new SensitiveRegion(firstGateM - sv.axialHalfSupport(), lastGateM + sv.axialHalfSupport(),
                lineHalfSpanM + lateral, lateral);
    }

    /** Volume of the box [m³]. */
    public double volume() {
        return (zMaxM - zMinM) * 4 * xHalfM * yHalfM;
    }
}
