/**
 * Billing: régies, invoices, payments and the family ledger (append-only; balances are derived from it).
 */
@ApplicationModule(displayName = "Billing",
        allowedDependencies = {"shared", "access", "accounts :: api", "accounts :: events"})
@NullMarked
package org.portailfamille.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
