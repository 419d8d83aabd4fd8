package org.portailfamille.access;

import org.jspecify.annotations.Nullable;

/**
 * A block of "Mon compte" (the family file page) contributed by another module than accounts, e.g. billing's SEPA
 * mandate. Like {@link FamilyHomeSection}: a Spring bean in the owning module's {@code adapter.in.web} package, shown
 * by {@link #order()} after the family file's own blocks, through the module's fragment with what
 * {@link #data(PortalUser)} returned as the variable {@code section}.
 */
public interface FamilyAccountSection {

    /** Position after the file's blocks, smallest first. */
    int order();

    /** The module's fragment, e.g. {@code billing/mandate :: mandateCard}. */
    String fragment();

    /** What the fragment shows for this parent's family; null leaves the block out. */
    @Nullable Object data(PortalUser parent);
}
