package org.portailfamille.messaging.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.Objects;

/** One folder of a family's mailbox, in an order. */
public record MailboxQuery(FamilyId familyId, Folder folder, MailboxOrder order) {
    public MailboxQuery {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(order, "order");
    }
}
