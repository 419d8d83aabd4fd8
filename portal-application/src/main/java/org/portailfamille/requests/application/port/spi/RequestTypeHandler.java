package org.portailfamille.requests.application.port.spi;

import org.portailfamille.requests.application.port.in.RequestView;

import java.util.Optional;

/** Implemented by the module that owns a family of request types (e.g. every "accounts.*" type). */
public interface RequestTypeHandler {

    /** The type prefix this handler owns, e.g. "accounts.". */
    String typePrefix();

    /**
     * Why the request can no longer be accepted as it stands (e.g. "the file changed meanwhile"), as a message
     * key for the agent; empty when it still applies.
     */
    Optional<String> conflictWithCurrentState(RequestView request);
}
