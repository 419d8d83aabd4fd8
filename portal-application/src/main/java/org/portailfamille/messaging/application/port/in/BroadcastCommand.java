package org.portailfamille.messaging.application.port.in;

import java.util.Objects;
import java.util.UUID;

/**
 * Staff of the audience's facility write to all its families.
 *
 * @param broadcastId chosen by the caller (e.g. the form's token): sending the same broadcast again reaches nobody
 *                    twice
 */
public record BroadcastCommand(UUID broadcastId, Audience audience, StaffMember staff, String subject, String body) {
    public BroadcastCommand {
        Objects.requireNonNull(broadcastId, "broadcastId");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(staff, "staff");
    }
}
