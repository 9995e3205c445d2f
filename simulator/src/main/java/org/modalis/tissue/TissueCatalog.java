package org.modalis.tissue;

import java.util.Optional;
import java.util.SortedSet;

/** Looks tissues up by name (the tissue library, or a test's small table). */
public interface TissueCatalog {

    Optional<Tissue> find(String name);

    /** All names, for listings and "did you mean" suggestions. */
    SortedSet<String> names();
}
