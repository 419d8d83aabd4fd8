package org.portailfamille.planning.application.port.in;

import org.portailfamille.shared.FamilyId;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The billable days of the activities a régie bills, in a month: confirmed bookings and regular days, absences ruled
 * billed (or absent at the register without excuse), presences without booking, and absences awaiting a ruling
 * (flagged). Excused absences and closed days are left out. Read-only.
 */
public interface ListBillableDaysUseCase {

    /** @param families only these families; empty for all */
    List<BillableDayView> billableDays(UUID regieId, YearMonth month, Collection<FamilyId> families);
}
