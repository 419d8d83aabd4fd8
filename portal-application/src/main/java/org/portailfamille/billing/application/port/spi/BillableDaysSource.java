package org.portailfamille.billing.application.port.spi;

import org.portailfamille.shared.FamilyId;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The billable days of the activities a régie bills, in a month (implemented by planning). */
public interface BillableDaysSource {

    /** Every billable day of the month, by family, child, activity and day. */
    List<BillableDay> billableDays(UUID regieId, YearMonth month);

    /** The same, for some families only (a chunk of a run). */
    List<BillableDay> billableDays(UUID regieId, YearMonth month, Collection<FamilyId> families);
}
