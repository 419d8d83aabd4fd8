/**
 * Accounts: families (guardian, partner, later children), logins of parents and staff, passwords,
 * password recovery and the brute-force throttle.
 */
@ApplicationModule(displayName = "Accounts",
        allowedDependencies = {"shared", "platform", "access", "requests :: api", "requests :: spi", "requests :: events"})
@NullMarked
package org.portailfamille.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
