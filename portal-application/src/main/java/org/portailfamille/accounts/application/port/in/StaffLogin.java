package org.portailfamille.accounts.application.port.in;

import java.util.UUID;

/** A login of staff, as an administrator sees it (never the password). */
public record StaffLogin(UUID loginId, String username, String displayName) {
}
