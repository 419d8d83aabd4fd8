package org.portailfamille.messaging.application.port.out;

import org.portailfamille.messaging.domain.Message;
import org.portailfamille.shared.FamilyId;

/** Where messages are kept. */
public interface Messages {

    void add(Message message);

    /** Adds the message unless one with its id exists; false when it did (a redelivered notification). */
    boolean addIfAbsent(Message message);

    int countUnreadByFamily(FamilyId familyId);
}
