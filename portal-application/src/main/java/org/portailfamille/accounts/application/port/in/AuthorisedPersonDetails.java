package org.portailfamille.accounts.application.port.in;

/** A person authorised around a child: who may pick the child up, whom to call in an emergency. */
public record AuthorisedPersonDetails(String name, String relationship, String phone, boolean mayPickUp,
                                      boolean emergencyContact) {
}
