package org.modalis.ct;

import org.modalis.physics.AirKerma;
import org.modalis.physics.XraySpectrum;
import org.modalis.tissue.CompositionMaterial;

/**
 * Dose figures of an axial acquisition, estimated from the beam model (what the console shows before the
 * scan, computed here from physics rather than from a vendor table).
 * <ul>
 *   <li>CTDI_air: air kerma free in air at the isocentre, K = K₁ₘ·mAs/SID², with K₁ₘ the spectrum's air
 *   kerma per mAs at 1 m ({@link AirKerma}); no bowtie filter is modelled.</li>
 *   <li>CTDI_w: dose in the standard PMMA dosimetry phantom (16 cm head if the object fits in a
 *   12 cm radius, else 32 cm body), ⅓·D_centre + ⅔·D_periphery (IEC 60601-2-44), with the dose at each
 *   point the kerma-weighted transmission of the rotating beam averaged over source angles, attenuated
 *   with the energy-absorption coefficient μ_en of PMMA — the "straight-ahead" broad-beam approximation in
 *   which scattered energy is deposited close to the primary path. It ignores the scatter that leaves the
 *   100 mm chamber and the bowtie filter; expect agreement with measured CTDI_w within about ±30 %, enough
 *   to show how dose scales with mAs, kVp, filtration and phantom size, not for compliance.</li>
 *   <li>CTDI_vol = CTDI_w for contiguous axial scanning; DLP = CTDI_vol × the irradiated length (one
 *   slice); effective dose E ≈ k·DLP with k = 0.0021 (head) or 0.015 (abdomen) mSv/(mGy·cm), AAPM Report 96.</li>
 * </ul>
 *
 * @param ctdiAirMgy        free-in-air kerma at the isocentre [mGy]
 * @param ctdiWMgy          weighted CTDI in the dosimetry phantom [mGy]
 * @param ctdiVolMgy        volume CTDI [mGy]
 * @param dlpMgyCm          dose–length product [mGy·cm]
 * @param effectiveDoseMsv  effective dose estimate [mSv]
 * @param phantomDiameterCm 16 (head) or 32 (body)
 */
public record CtDose(double ctdiAirMgy, double ctdiWMgy, double ctdiVolMgy, double dlpMgyCm, double effectiveDoseMsv,
                     int phantomDiameterCm) {

    private static final int ANGLES = 360;

    /**
     * @param spectrum     tube output [photons/(mm²·mAs) at 1 m]
     * @param exposureMas  mAs of the acquisition
     * @param sourceIsoM   focal spot to isocentre [m]
     * @param sliceM       irradiated slice thickness [m]
     * @param objectRadiusM radius of the imaged object [m], to pick the head or body phantom
     * @param pmma         PMMA, for μ_en
     */
    public static CtDose estimate(XraySpectrum spectrum, double exposureMas, double sourceIsoM, double sliceM,
                                  double objectRadiusM, CompositionMaterial pmma) {
        double ctdiAir = AirKerma.mgy(spectrum) * exposureMas / (sourceIsoM * sourceIsoM);
        boolean head = objectRadiusM <= 0.12;
        double radius = head ? 0.08 : 0.16;
        double centre = relativeDose(spectrum, pmma, radius, 0, sourceIsoM);
        double periphery = relativeDose(spectrum, pmma, radius, radius - 0.01, sourceIsoM);
        double ctdiW = ctdiAir * (centre / 3 + 2 * periphery / 3);
        double dlp = ctdiW * sliceM * 100;
        double k = head ? 0.0021 : 0.015;
        return new CtDose(ctdiAir, ctdiW, ctdiW, dlp, k * dlp, head ? 16 : 32);
    }

    /**
     * Dose in PMMA at radius r relative to free-in-air kerma at the isocentre: angle average of the
     * kerma-weighted μ_en transmission, times the PMMA/air μ_en/ρ ratio, with the inverse-square change of
     * the distance to the source.
     */
    static double relativeDose(XraySpectrum s, CompositionMaterial pmma, double radius, double r, double sid) {
        CompositionMaterial air = AirKerma.dryAir();
        double sum = 0;
        for (int a = 0; a < ANGLES; a++) {
            double beta = 2 * Math.PI * (a + 0.5) / ANGLES;
            // Point P = (r, 0); source at sid·(cos β, sin β). Depth = chord from the cylinder surface to P.
            double sx = sid * Math.cos(beta);
            double sy = sid * Math.sin(beta);
            double dx = r - sx;
            double dy = -sy;
            double dist = Math.sqrt(dx * dx + dy * dy);
            double ux = dx / dist;
            double uy = dy / dist;
            double depth = depthInCylinder(r, ux, uy, radius);
            double kerma = 0;
            double dose = 0;
            for (int e = 0; e < s.bins(); e++) {
                double en = s.energyKev(e);
                double k = s.fluence(e) * en * air.massEnergyAbsorptionCm2g(en);
                double muEn = pmma.massEnergyAbsorptionCm2g(en) * pmma.densityGcm3() * 100; // 1/m
                kerma += k;
                dose += k * pmma.massEnergyAbsorptionCm2g(en) / air.massEnergyAbsorptionCm2g(en) * Math.exp(-muEn * depth);
            }
            sum += dose / kerma * (sid * sid) / (dist * dist);
        }
        return sum / ANGLES;
    }

    /** Distance travelled inside a centred cylinder of the given radius before reaching P = (r, 0) along u. */
    private static double depthInCylinder(double r, double ux, double uy, double radius) {
        // Back from P along −u: solve |P − t·u| = radius for t ≥ 0.
        double b = r * ux;
        double c = r * r - radius * radius;
        return b + Math.sqrt(Math.max(0, b * b - c));
    }
}
