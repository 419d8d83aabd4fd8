package org.portailfamille.requests.application.port.in;

import java.time.LocalDate;
import java.util.List;

/** The requests of a window: pending, refused and accepted ones, newest first. */
public record FamilyRequests(LocalDate from, LocalDate to, List<RequestView> pending, List<RequestView> refused,
                             List<RequestView> accepted) {
}
