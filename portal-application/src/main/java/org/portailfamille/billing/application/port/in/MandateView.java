package org.portailfamille.billing.application.port.in;

import java.time.LocalDate;

/** A family's active mandate, IBAN masked. */
public record MandateView(String rum, String accountHolder, String maskedIban, LocalDate signedOn, String nextSequence) {
}
