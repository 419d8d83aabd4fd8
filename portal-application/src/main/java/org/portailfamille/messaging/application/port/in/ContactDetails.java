package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * How to reach the municipality ({@code facilityId} null) or a facility: for the Contact page and the footer.
 * Empty strings when staff have not filled them in.
 *
 * @param address postal address, several lines separated by line breaks
 */
public record ContactDetails(@Nullable UUID facilityId, String name, String address, String phone,
                             String email) {
}
