/**
 * Messaging: the inbox (Boîte de réception) between families and facility staff.
 */
@ApplicationModule(displayName = "Messaging",
        allowedDependencies = {"shared", "platform", "access", "accounts :: api", "planning :: api",
                "requests :: events", "planning :: events", "billing :: events"})
@NullMarked
package org.portailfamille.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
