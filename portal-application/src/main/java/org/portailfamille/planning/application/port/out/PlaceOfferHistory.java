package org.portailfamille.planning.application.port.out;

import org.jspecify.annotations.Nullable;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Every place offer made for the days of an activity, whatever became of it (staff's occupancy view). */
public interface PlaceOfferHistory {

    /** The offers for the days {@code from}–{@code to} (both included), by day then offer time. */
    List<Made> between(ActivityId activity, LocalDate from, LocalDate to);

    /** An offer made, with its status (PENDING, ACCEPTED, DECLINED, EXPIRED) and when it was decided. */
    record Made(LocalDate day, ChildId child, FamilyId family, String status, Instant offeredAt, Instant expiresAt,
                @Nullable Instant decidedAt) {
    }
}
