package org.portailfamille.messaging.application.port.out;

/** Sends an e-mail to a family. */
public interface FamilyMailer {
    void send(String email, String subject, String body);
}
