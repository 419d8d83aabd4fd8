package org.portailfamille.accounts.application.port.in;

/** Fiche sanitaire of a child; {@code pai} is a projet d'accueil individualisé. Texts may be empty. */
public record HealthDetails(String doctorName, String doctorPhone, String allergies, String diet, boolean pai,
                            boolean vaccinationsUpToDate, boolean glasses, String remarks) {
}
