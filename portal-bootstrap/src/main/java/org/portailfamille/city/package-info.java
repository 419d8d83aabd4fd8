/**
 * City data set (issue 14, ADR 0035): an operations tool of the runnable jar that bulk-loads a city-sized data set
 * (families, children, activities, a school year of bookings, attendance, absences, invoices, payments, messages,
 * requests) with PostgreSQL COPY, for load tests. Active only with {@code --portal.city.fill=true}. It writes the
 * business modules' tables directly (plain JDBC, no generated jOOQ types), like a migration script would: see
 * ADR 0035 for why that is acceptable for a bulk load and nowhere else.
 */
@ApplicationModule(displayName = "City data set", allowedDependencies = {"shared", "platform"})
@NullMarked
package org.portailfamille.city;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
