package org.portailfamille.requests.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * The requests of a window: pending, refused and accepted ones, newest first, sensitive values masked; with the
 * area listed, the types parents may filter on in it and the type selected (null for all).
 */
public record FamilyRequests(LocalDate from, LocalDate to, List<RequestView> pending, List<RequestView> refused,
                             List<RequestView> accepted, RequestArea area, List<RequestTypeView> types,
                             @Nullable String selectedType) {
}
