package org.portailfamille.access;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.FamilyId;

/**
 * A part of the staff family file ("Familles › a family") that another module owns: the account statement and the
 * SEPA mandate (billing), the family's requests (requests), its messages (messaging)… Contributed as a Spring bean
 * in the owning module's {@code adapter.in.web} package, so that the accounts module, which shows the file, never
 * reads those modules (they depend on accounts, not the reverse). The file renders the sections by
 * {@link #order()}, each through the module's own Thymeleaf fragment with {@link #data(FamilyId)} as the variable
 * {@code section}, and {@code familyId} set.
 */
public interface StaffFamilySection {

    /** Position in the file after the accounts' own parts, smallest first (billing 100, requests 200, messaging 300). */
    int order();

    /** The module's fragment, e.g. {@code billing/staff-family :: account}. */
    String fragment();

    /** What the fragment shows for this family; null leaves the section out. */
    @Nullable Object data(FamilyId family);
}
