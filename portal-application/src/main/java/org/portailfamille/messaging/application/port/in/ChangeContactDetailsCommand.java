package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** Staff set the contact details of the municipality ({@code facilityId} null) or of a facility. */
public record ChangeContactDetailsCommand(@Nullable UUID facilityId, String address, String phone, String email) {
}
