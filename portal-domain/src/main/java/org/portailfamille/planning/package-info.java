/**
 * Enrolment planning: facilities, activities, the calendar, enrolments, reservations, absences and
 * attendance. Its domain is built by the "Mes enfants and enrolment planning" issue. Reservation and absence
 * demands are requests of the requests module (types "planning.reservation", "planning.absence"); offers of freed
 * places are published as {@link org.portailfamille.planning.PlaceOffered} events.
 */
@ApplicationModule(displayName = "Planning", allowedDependencies = {"shared", "platform", "access", "accounts :: api",
        "billing :: api", "billing :: spi", "requests :: api", "requests :: spi", "requests :: events"})
@NullMarked
package org.portailfamille.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
