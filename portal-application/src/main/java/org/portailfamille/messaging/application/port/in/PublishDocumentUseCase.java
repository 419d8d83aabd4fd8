package org.portailfamille.messaging.application.port.in;

/**
 * Staff publish a document for families (internal rules, a menu, a form): a PDF of at most 5 MB, recognised by its
 * content, for every family or for the families of one facility.
 */
public interface PublishDocumentUseCase {
    PublishDocumentOutcome publishDocument(PublishDocumentCommand command);
}
