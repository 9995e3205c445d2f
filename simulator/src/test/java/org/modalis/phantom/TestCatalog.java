package org.modalis.phantom;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.modalis.tissue.ConstantMaterial;
import org.modalis.tissue.Tissue;
import org.modalis.tissue.TissueCatalog;

/** The tissue names the real library provides, each as a constant μ (values are only labels for the tests). */
final class TestCatalog implements TissueCatalog {

    static final String[] NAMES = {"air", "water", "adipose", "soft-tissue", "muscle", "blood", "brain", "lung",
        "bone-cortical", "bone-b100", "pmma", "contrast-iodine-10", "polyethylene", "aluminium", "copper", "lead",
        "titanium", "stainless-steel", "unit", "csf", "grey-matter", "white-matter", "liver", "kidney", "calcification",
        "agar-gel"};

    private final Map<String, Tissue> tissues = new TreeMap<>();

    TestCatalog() {
        for (int i = 0; i < NAMES.length; i++) {
            String n = NAMES[i];
            tissues.put(n, new Tissue(n, "test", new ConstantMaterial(n, n.equals("unit") ? 100 : 10 + i)));
        }
    }

    @Override
    public Optional<Tissue> find(String name) {
        return Optional.ofNullable(tissues.get(name));
    }

    @Override
    public SortedSet<String> names() {
        return new TreeSet<>(tissues.keySet());
    }
}
