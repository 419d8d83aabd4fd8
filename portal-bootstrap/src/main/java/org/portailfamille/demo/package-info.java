/**
 * Demo data, loaded only in demo mode (ADR 0033; never with an external database): the DUPONT family of the
 * guide, its invoices (from real invoicing runs and a recorded cheque), a message, and the demo logins. Loaded
 * through the modules' own use cases.
 */
@ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"shared", "platform", "accounts :: api", "billing :: api", "messaging :: api",
                "planning :: api", "requests :: api"})
@NullMarked
package org.portailfamille.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
