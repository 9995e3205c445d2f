package org.modalis.viewer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.modalis.UserInputException;
import org.modalis.phantom.AnalyticPhantom;
import org.modalis.phantom.PhantomLibrary;
import org.modalis.tissue.Tissue;
import org.modalis.tissue.TissueCatalog;

/**
 * The phantom menu of a modality: the shipped phantoms each of whose tissues carries that modality's physical
 * properties (X-ray attenuation for CT and radiography, relaxation times for MRI, acoustic properties for
 * ultrasound), so that picking one images it instead of stopping with "tissue … has no … properties". Found once
 * per modality (loading every shipped phantom takes tens of milliseconds) on the simulation worker.
 */
final class ModalityPhantoms {

    private final PhantomLibrary library;
    private final Map<String, List<String>> byModality = new HashMap<>();

    ModalityPhantoms(TissueCatalog tissues) {
        this.library = new PhantomLibrary(tissues);
    }

    /** The shipped phantoms {@code modality} can image, in the library's order. */
    synchronized List<String> of(String modality) {
        return byModality.computeIfAbsent(modality, m -> {
            List<String> out = new ArrayList<>();
            for (String name : library.names()) {
                try {
                    AnalyticPhantom p = library.load(name);
                    if (p.tissues().stream().allMatch(t -> serves(t, m))) {
                        out.add(name);
                    }
                } catch (UserInputException e) {
                    // a phantom naming a tissue the library lacks is not offered
                }
            }
            return List.copyOf(out);
        });
    }

    /** Whether tissue {@code t} has the properties {@code modality} images. */
    static boolean serves(Tissue t, String modality) {
        return switch (modality) {
            case "ct", "xray" -> t.xray() != null;
            case "mri" -> t.mri() != null;
            case "ultrasound" -> t.acoustic() != null;
            default -> true;
        };
    }
}
