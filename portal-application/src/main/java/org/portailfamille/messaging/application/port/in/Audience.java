package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Who a broadcast reaches, as planning knows them:
 * <ul>
 *   <li>ACTIVITY: families with a child enrolled in {@code activityId} (enrolment not ended before today);</li>
 *   <li>FACILITY: families with a child enrolled in any activity of {@code facilityId};</li>
 *   <li>DAY: families with a child booked on {@code day} in {@code facilityId} (only in {@code activityId} when
 *   given), e.g. for a closure or a menu change.</li>
 * </ul>
 */
public record Audience(String kind, UUID facilityId, @Nullable UUID activityId, @Nullable LocalDate day) {

    public Audience {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(facilityId, "facilityId");
    }

    public static Audience activity(UUID facilityId, UUID activityId) {
        return new Audience("ACTIVITY", facilityId, activityId, null);
    }

    public static Audience facility(UUID facilityId) {
        return new Audience("FACILITY", facilityId, null, null);
    }

    public static Audience day(UUID facilityId, @Nullable UUID activityId, LocalDate day) {
        return new Audience("DAY", facilityId, activityId, day);
    }
}
