package org.portailfamille.access;

import org.jspecify.annotations.Nullable;

/**
 * A block of the family's home page (Accueil): the guide's "Responsable", "Opérations en cours", "Factures
 * impayées"… Contributed as a Spring bean by the module that owns the data (in its {@code adapter.in.web}
 * package); the shell renders the blocks by {@link #order()} inside the page's grid, each through the
 * module's own Thymeleaf fragment, with what {@link #data(PortalUser)} returned as the variable
 * {@code section}. A fragment whose root carries the class {@code home-grid__wide} spans the whole width.
 */
public interface FamilyHomeSection {

    /** Position on the page, smallest first (accounts' Responsable 100, billing's account 200, …). */
    int order();

    /** The module's fragment, e.g. {@code billing/home :: accountSituation}. */
    String fragment();

    /** What the fragment shows for this parent's family; null leaves the block out. */
    @Nullable Object data(PortalUser parent);
}
