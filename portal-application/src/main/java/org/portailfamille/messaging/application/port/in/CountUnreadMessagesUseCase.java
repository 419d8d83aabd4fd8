package org.portailfamille.messaging.application.port.in;

import org.portailfamille.shared.FamilyId;

/** "vous avez N Nouveau(x) Message(s)". */
public interface CountUnreadMessagesUseCase {
    int countUnreadMessages(FamilyId familyId);
}
