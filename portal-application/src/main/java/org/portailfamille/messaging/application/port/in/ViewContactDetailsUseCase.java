package org.portailfamille.messaging.application.port.in;

/** The Contact page and the footer: the municipality's and every facility's address, phone and e-mail. */
public interface ViewContactDetailsUseCase {
    ContactDirectory contactDirectory();
}
