package org.portailfamille.requests.application.port.spi;

import org.portailfamille.requests.application.port.in.RequestArea;
import org.portailfamille.requests.application.port.in.RequestView;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by the module that owns a family of request types (e.g. every "accounts.*" type): it contributes its
 * types (and the areas it introduces) to the catalogue, checks a request against the current state at decision
 * time, and records a staff read of a sensitive request.
 */
public interface RequestTypeHandler {

    /** The type prefix this handler owns, e.g. "accounts.". Every type it declares starts with it. */
    String typePrefix();

    /**
     * The areas of "Liste des demandes" this module introduces. An area may be declared by several modules with
     * the same values; a type may be shown in an area another module declares.
     */
    default List<RequestArea> areas() {
        return List.of();
    }

    /** The request types this module owns. */
    List<RequestTypeDescriptor> types();

    /**
     * Why the request can no longer be accepted as it stands (e.g. "the file changed meanwhile"), as a message
     * key for the agent; empty when it still applies.
     */
    Optional<String> conflictWithCurrentState(RequestView request);

    /**
     * Records, in the owning module's audit trail, that {@code reader} (a staff username) is shown the sensitive
     * fields of {@code request}. Called by the requests module before it returns such a request unmasked; an
     * exception stops the read.
     */
    void recordSensitiveRead(RequestView request, String reader);
}
