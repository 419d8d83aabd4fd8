package org.portailfamille.requests.application.port.out;

import org.portailfamille.requests.RequestAccepted;
import org.portailfamille.requests.RequestRefused;

/** Publishes the module's events (through the event publication registry, in the decision's transaction). */
public interface RequestEvents {

    void accepted(RequestAccepted event);

    void refused(RequestRefused event);
}
