package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the absence form shows.
 *
 * @param booked            whether the child is booked that day (else no absence can be declared)
 * @param existingAbsenceId the absence already declared that day, if any
 * @param lastDayNonMedical the last day a non-medical absence may be declared
 * @param lastDayMedical    the last day a medical absence may be declared
 * @param reasons           the reasons, in the form's order
 * @param medicalReasons    those needing a certificate
 */
public record AbsenceForm(String childName, String activityName, LocalDate day, boolean booked,
                          @Nullable UUID existingAbsenceId, LocalDate lastDayNonMedical, LocalDate lastDayMedical,
                          List<String> reasons, List<String> medicalReasons) {
}
