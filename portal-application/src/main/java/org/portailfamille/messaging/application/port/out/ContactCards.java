package org.portailfamille.messaging.application.port.out;

import org.jspecify.annotations.Nullable;
import org.portailfamille.messaging.domain.ContactCard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The contact details staff keep for the municipality (facility null) and the facilities. */
public interface ContactCards {

    Optional<ContactCard> of(@Nullable UUID facilityId);

    List<ContactCard> all();

    void save(ContactCard card, Instant at);
}
