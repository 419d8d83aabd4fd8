package org.portailfamille.messaging.application.port.in;

/** Staff write to one family: a new conversation in its "messages reçus", e-mail/SMS as its adults chose. */
public interface WriteToFamilyUseCase {
    MessageOutcome writeToFamily(WriteToFamilyCommand command);
}
