package org.modalis.ct;

/**
 * CT numbers: HU = 1000·(μ − μ_water)/(μ_water − μ_air), so water is 0 HU and air −1000 HU by definition
 * (the scale of Hounsfield 1973, with μ_air kept as in current practice rather than taken as 0).
 *
 * @param muWater attenuation of water [1/m] for this beam (the scanner's calibration)
 * @param muAir   attenuation of air [1/m] for this beam
 */
public record HounsfieldScale(double muWater, double muAir) {

    public HounsfieldScale {
        if (!(muWater > muAir)) {
            throw new IllegalArgumentException("μ_water must exceed μ_air, got " + muWater + " and " + muAir);
        }
    }

    public double hu(double mu) {
        return 1000 * (mu - muWater) / (muWater - muAir);
    }

    public double mu(double hu) {
        return muWater + hu * (muWater - muAir) / 1000;
    }

    /** Converts μ [1/m] to HU in place. */
    public void toHu(float[] data) {
        double scale = 1000 / (muWater - muAir);
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) ((data[i] - muWater) * scale);
        }
    }
}
