package org.portailfamille.messaging.application.port.in;

import java.util.Objects;

/** A staff member acting in an inbox: login (who) and display name (what families read as the sender). */
public record StaffMember(String login, String displayName) {
    public StaffMember {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
    }
}
