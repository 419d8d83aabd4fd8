package org.portailfamille.billing.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.util.UUID;

/** The price a family would pay for one day of an activity (the planning day page, before booking). */
public record DayPriceQuery(FamilyId familyId, UUID activityId, LocalDate day) {
}
