package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.ChildId;

import java.time.Instant;

/**
 * One read of a child's health data by a member of staff: who, when, which child, and where or why (e.g.
 * "request:<id>" for the detail of a "Données sanitaires" request).
 */
public record HealthDataReadView(String reader, Instant readAt, ChildId childId, String purpose) {
}
