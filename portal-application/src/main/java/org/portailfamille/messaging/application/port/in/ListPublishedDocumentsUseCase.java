package org.portailfamille.messaging.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.util.List;

/** The documents published for families ("Infos./Documents"), newest first. */
public interface ListPublishedDocumentsUseCase {

    /** Every current document, for staff. */
    List<PublishedDocumentView> publishedDocuments();

    /** The current documents a family may read: the general ones and those of the facilities its children attend. */
    List<PublishedDocumentView> documentsForFamily(FamilyId familyId);
}
