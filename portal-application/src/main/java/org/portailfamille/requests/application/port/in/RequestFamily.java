package org.portailfamille.requests.application.port.in;

/** The family a request belongs to, as the staff queue names it. */
public record RequestFamily(String lastName, String firstName, String familyNumber) {
}
