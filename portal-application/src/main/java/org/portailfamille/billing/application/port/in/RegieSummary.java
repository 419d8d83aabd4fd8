package org.portailfamille.billing.application.port.in;

import java.util.UUID;

/** A régie, for choosing one (the régie billing an activity). */
public record RegieSummary(UUID id, String name, String prefix) {
}
