/**
 * Enrolment planning: facilities, activities, the calendar, enrolments, reservations, absences and
 * attendance. Its domain is built by the "Mes enfants and enrolment planning" issue.
 */
@ApplicationModule(displayName = "Planning", allowedDependencies = {"shared", "accounts :: api", "billing :: api"})
@NullMarked
package org.portailfamille.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
