package org.portailfamille.messaging.application.port.in;

import java.util.List;

/** The municipality's contact details and each facility's (facilities by name, as planning lists them). */
public record ContactDirectory(ContactDetails municipality, List<ContactDetails> facilities) {
    public ContactDirectory {
        facilities = List.copyOf(facilities);
    }
}
