package org.modalis.tissue;

import java.util.Objects;

/**
 * A named tissue or material with its physical properties per modality. X-ray attenuation comes first;
 * the MRI (PD, T1, T2, T2*, chemical shift) and acoustic (c, ρ, α, backscatter) property records join as
 * further components of this record when those modalities arrive, each loaded from the same tissue file.
 *
 * @param name        identifier used in phantom files (e.g. "water", "bone-cortical")
 * @param description one line for people, with the source of the data
 * @param xray        X-ray attenuation, or null if the tissue has no X-ray properties
 * @param mri         MR properties (PD, T1, T2, T2*, chemical shift), or null if the tissue has none
 * @param acoustic    acoustic properties (c, ρ, α, backscatter) for ultrasound, or null if the tissue has none
 */
public record Tissue(String name, String description, XrayMaterial xray, MrProperties mri, AcousticProperties acoustic) {

    public Tissue {
        Objects.requireNonNull(name, "name");
    }

    /** A tissue with X-ray and MR properties (no acoustic ones). */
    public Tissue(String name, String description, XrayMaterial xray, MrProperties mri) {
        this(name, description, xray, mri, null);
    }

    /** A tissue with X-ray properties only. */
    public Tissue(String name, String description, XrayMaterial xray) {
        this(name, description, xray, null, null);
    }
}
