package org.portailfamille.messaging.application.port.in;

/**
 * Tells a family that a request was accepted or refused: a message in the portal inbox, and an e-mail when the
 * guardian allowed e-mails. Notifying twice for the same request has one effect.
 */
public interface NotifyRequestDecisionUseCase {
    void notifyRequestDecision(RequestDecisionNotice notice);
}
