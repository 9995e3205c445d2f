package org.modalis.viewer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.modalis.phantom.PhantomLibrary;
import org.modalis.tissue.TissueLibrary;

/** The phantom menu offers, per modality, exactly the shipped phantoms whose tissues that modality can image. */
class ModalityPhantomsTest {

    private static final TissueLibrary TISSUES = TissueLibrary.load();

    @Test
    void eachModalityIsOfferedItsOwnPhantomsAndNotTheOthers() {
        ModalityPhantoms menu = new ModalityPhantoms(TISSUES);
        List<String> ct = menu.of("ct");
        List<String> mri = menu.of("mri");
        List<String> us = menu.of("ultrasound");
        System.out.printf("phantom menus: ct %s%n  mri %s%n  ultrasound %s%n", ct, mri, us);
        assertTrue(ct.containsAll(List.of("ct-quality", "forbild-head", "water-cylinder", "metal-hip")), ct.toString());
        assertTrue(mri.contains("mri-brain"), mri.toString());
        assertTrue(us.containsAll(List.of("us-liver", "us-wire-gel", "us-qa-phantom")), us.toString());
        // every shipped tissue has X-ray attenuation, so CT can image every phantom (the liver of the ultrasound
        // lessons too); MR and acoustic properties are missing for implants and CT test materials
        assertTrue(ct.contains("us-liver") && ct.size() == new PhantomLibrary(TISSUES).names().size(), ct.toString());
        assertFalse(mri.contains("metal-hip") || mri.contains("ct-quality"), mri.toString());
        assertFalse(us.contains("metal-hip") || us.contains("ct-quality") || us.contains("mri-brain"), us.toString());
        assertTrue(menu.of("xray").equals(ct), "CT and radiography need the same (X-ray) properties");
    }

    @Test
    void aPhantomIsOfferedExactlyWhenEveryTissueServesTheModality() {
        ModalityPhantoms menu = new ModalityPhantoms(TISSUES);
        PhantomLibrary library = new PhantomLibrary(TISSUES);
        for (String modality : List.of("ct", "mri", "ultrasound")) {
            List<String> offered = menu.of(modality);
            for (String name : library.names()) {
                boolean serves = library.load(name).tissues().stream().allMatch(t -> ModalityPhantoms.serves(t, modality));
                assertTrue(serves == offered.contains(name), name + " for " + modality);
            }
        }
    }
}
