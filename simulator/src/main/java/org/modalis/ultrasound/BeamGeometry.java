package org.modalis.ultrasound;

/**
 * What the delay-and-sum beamformer needs besides the channel data, as plain arrays: each line's origin and
 * direction, the centre of its receive aperture, the receive F-number and the assumed speed. Output sample k of
 * a line is the point at range r_k = c·k/(2·fs) along it.
 *
 * @param originX        line origin x [m] (z = 0)
 * @param dirX           line direction, x component
 * @param dirZ           line direction, z component
 * @param apertureCentre x [m] about which the receive aperture expands
 * @param receiveFNumber range / aperture width
 * @param speed          assumed speed of sound [m/s]
 */
public record BeamGeometry(float[] originX, float[] dirX, float[] dirZ, float[] apertureCentre, double receiveFNumber,
                           double speed) {

    public static BeamGeometry of(Transducer probe, UltrasoundProtocol protocol, ScanLines lines) {
        int n = lines.count();
        float[] ox = new float[n], dx = new float[n], dz = new float[n], centre = new float[n];
        for (int l = 0; l < n; l++) {
            ox[l] = (float) lines.originX(l);
            dx[l] = (float) lines.dirX(l);
            dz[l] = (float) lines.dirZ(l);
            centre[l] = probe.type() == ArrayType.LINEAR ? ox[l] : 0f;
        }
        return new BeamGeometry(ox, dx, dz, centre, protocol.receiveFNumber(), protocol.assumedSpeed());
    }
}
