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
 */
public record Tissue(String name, String description, XrayMaterial xray) {

    public Tissue {
        Objects.requireNonNull(name, "name");
    }
}
