package org.portailfamille.planning.application.port.out;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** What planning recorded about each child's day of a régie's activities in a month (for billing). */
public interface BillableDayFacts {

    /**
     * One fact per child, activity and day with a confirmed reservation or a register line.
     *
     * @param reservationOrigin origin of the confirmed reservation, null if none
     * @param reservationLate   whether staff booked it after the families' deadline (a late booking)
     * @param attendanceOutcome the register's outcome, null if none
     * @param absenceStatus     PENDING, EXCUSED or BILLED, null if no absence declared
     * @param absenceReason     the declared reason, null if none
     * @param closed            the facility or activity is closed that day
     */
    record Fact(ChildId child, FamilyId family, UUID activityId, String activityName, LocalDate day,
                @Nullable String reservationOrigin, boolean reservationLate, @Nullable String attendanceOutcome,
                @Nullable String absenceStatus, @Nullable String absenceReason, boolean closed) {
    }

    List<Fact> factsOf(UUID regieId, YearMonth month, Collection<FamilyId> families);
}
